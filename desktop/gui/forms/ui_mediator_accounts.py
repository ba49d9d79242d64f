# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediator_accounts.ui'
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

class Ui_AccountsTab(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    accountsTable: QTableView
    buttonsLayout: QHBoxLayout
    addButton: QPushButton
    resetButton: QPushButton
    deactivateButton: QPushButton
    buttonsSpacer: QSpacerItem
    messageLabel: QLabel

    def setupUi(self, AccountsTab: QWidget) -> None:
        if not AccountsTab.objectName():
            AccountsTab.setObjectName(u"AccountsTab")
        self.outerLayout = QVBoxLayout(AccountsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(AccountsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.accountsTable = QTableView(AccountsTab)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.outerLayout.addWidget(self.accountsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(AccountsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.resetButton = QPushButton(AccountsTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.deactivateButton = QPushButton(AccountsTab)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonsLayout.addWidget(self.deactivateButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.messageLabel = QLabel(AccountsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.messageLabel)


        self.retranslateUi(AccountsTab)

        QMetaObject.connectSlotsByName(AccountsTab)
    # setupUi

    def retranslateUi(self, AccountsTab: QWidget) -> None:
        self.introLabel.setText(QCoreApplication.translate("AccountsTab", u"Each person who uses S\u1ed5 h\u00f2a gi\u1ea3i on this computer has an account with their own password. Only the team leader adds accounts, sets a new password for someone who forgot theirs, or stops an account of someone who left the team (their work and history stay in the book).", None))
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("AccountsTab", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AccountsTab", u"&Add an account\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("AccountsTab", u"Set a &new password\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("AccountsTab", u"S&top this account\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AccountsTab", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

