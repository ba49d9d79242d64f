# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_hearings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseHearingsTab(object):
    outerLayout: QVBoxLayout
    tableLabel: QLabel
    table: QTableView
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    addButton: QPushButton
    editButton: QPushButton
    buttonsStretch: QSpacerItem

    def setupUi(self, CaseHearingsTab: QWidget) -> None:
        if not CaseHearingsTab.objectName():
            CaseHearingsTab.setObjectName(u"CaseHearingsTab")
        self.outerLayout = QVBoxLayout(CaseHearingsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.tableLabel = QLabel(CaseHearingsTab)
        self.tableLabel.setObjectName(u"tableLabel")

        self.outerLayout.addWidget(self.tableLabel)

        self.table = QTableView(CaseHearingsTab)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)

        self.outerLayout.addWidget(self.table)

        self.errorLabel = QLabel(CaseHearingsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(CaseHearingsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(CaseHearingsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.buttonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsStretch)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseHearingsTab)

        QMetaObject.connectSlotsByName(CaseHearingsTab)
    # setupUi

    def retranslateUi(self, CaseHearingsTab: QWidget) -> None:
        self.tableLabel.setText(QCoreApplication.translate("CaseHearingsTab", u"Hearings of this &case:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseHearingsTab", u"Hearings of the case", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("CaseHearingsTab", u"&Plan a hearing\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("CaseHearingsTab", u"Plan a hearing", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("CaseHearingsTab", u"Record or change the &selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("CaseHearingsTab", u"Change the selected hearing", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

