# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PersonPage(object):
    outerLayout: QVBoxLayout
    personLabel: QLabel
    casesLabel: QLabel
    casesTable: QTableView
    mergesLabel: QLabel
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    openButton: QPushButton
    mergeButton: QPushButton
    undoMergeButton: QPushButton
    buttonsSpacer: QSpacerItem
    closeButton: QPushButton

    def setupUi(self, PersonPage: QDialog) -> None:
        if not PersonPage.objectName():
            PersonPage.setObjectName(u"PersonPage")
        PersonPage.resize(720, 460)
        self.outerLayout = QVBoxLayout(PersonPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.personLabel = QLabel(PersonPage)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.personLabel)

        self.casesLabel = QLabel(PersonPage)
        self.casesLabel.setObjectName(u"casesLabel")

        self.outerLayout.addWidget(self.casesLabel)

        self.casesTable = QTableView(PersonPage)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.casesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.casesTable.setAlternatingRowColors(True)

        self.outerLayout.addWidget(self.casesTable)

        self.mergesLabel = QLabel(PersonPage)
        self.mergesLabel.setObjectName(u"mergesLabel")
        self.mergesLabel.setText(u"")
        self.mergesLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.mergesLabel)

        self.errorLabel = QLabel(PersonPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(PersonPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.mergeButton = QPushButton(PersonPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonsLayout.addWidget(self.mergeButton)

        self.undoMergeButton = QPushButton(PersonPage)
        self.undoMergeButton.setObjectName(u"undoMergeButton")

        self.buttonsLayout.addWidget(self.undoMergeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PersonPage)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.casesLabel.setBuddy(self.casesTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonPage)

        QMetaObject.connectSlotsByName(PersonPage)
    # setupUi

    def retranslateUi(self, PersonPage: QDialog) -> None:
        PersonPage.setWindowTitle(QCoreApplication.translate("PersonPage", u"A person's cases", None))
        self.casesLabel.setText(QCoreApplication.translate("PersonPage", u"Every case this person took part in, in any &role:", None))
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("PersonPage", u"Cases of the person", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("PersonPage", u"&Open the case", None))
        self.mergeButton.setText(QCoreApplication.translate("PersonPage", u"&Merge a duplicate record into this person\u2026", None))
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("PersonPage", u"Merge a duplicate record into this person", None))
#endif // QT_CONFIG(accessibility)
        self.undoMergeButton.setText(QCoreApplication.translate("PersonPage", u"&Undo the last merge", None))
        self.closeButton.setText(QCoreApplication.translate("PersonPage", u"&Close", None))
    # retranslateUi

