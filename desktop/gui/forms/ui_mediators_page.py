# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediators_page.ui'
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

class Ui_MediatorsPage(object):
    pageLayout: QVBoxLayout
    explanationLabel: QLabel
    tableLabel: QLabel
    tableRow: QHBoxLayout
    mediatorsTable: QTableView
    buttons: QVBoxLayout
    addButton: QPushButton
    editButton: QPushButton
    removeButton: QPushButton
    buttonsSpacer: QSpacerItem
    warningsLabel: QLabel
    errorsLabel: QLabel

    def setupUi(self, MediatorsPage: QWidget) -> None:
        if not MediatorsPage.objectName():
            MediatorsPage.setObjectName(u"MediatorsPage")
        MediatorsPage.resize(640, 420)
        self.pageLayout = QVBoxLayout(MediatorsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.explanationLabel = QLabel(MediatorsPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.tableLabel = QLabel(MediatorsPage)
        self.tableLabel.setObjectName(u"tableLabel")

        self.pageLayout.addWidget(self.tableLabel)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.mediatorsTable = QTableView(MediatorsPage)
        self.mediatorsTable.setObjectName(u"mediatorsTable")
        self.mediatorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mediatorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mediatorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mediatorsTable.setAlternatingRowColors(True)
        self.mediatorsTable.setTabKeyNavigation(False)
        self.mediatorsTable.setWordWrap(False)

        self.tableRow.addWidget(self.mediatorsTable)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(MediatorsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(MediatorsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.removeButton = QPushButton(MediatorsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsSpacer)


        self.tableRow.addLayout(self.buttons)


        self.pageLayout.addLayout(self.tableRow)

        self.warningsLabel = QLabel(MediatorsPage)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.warningsLabel)

        self.errorsLabel = QLabel(MediatorsPage)
        self.errorsLabel.setObjectName(u"errorsLabel")

        self.pageLayout.addWidget(self.errorsLabel)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.mediatorsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MediatorsPage)

        QMetaObject.connectSlotsByName(MediatorsPage)
    # setupUi

    def retranslateUi(self, MediatorsPage: QWidget) -> None:
        self.explanationLabel.setText(QCoreApplication.translate("MediatorsPage", u"Add every mediator recognised by the commune or ward, with the team leader. You can change the list later.", None))
        self.tableLabel.setText(QCoreApplication.translate("MediatorsPage", u"&Mediators:", None))
#if QT_CONFIG(accessibility)
        self.mediatorsTable.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Mediators of the team", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("MediatorsPage", u"&Add...", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Add a mediator", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("MediatorsPage", u"&Edit...", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Edit the selected mediator", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("MediatorsPage", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Remove the selected mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"What the law asks of the team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorsLabel.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

