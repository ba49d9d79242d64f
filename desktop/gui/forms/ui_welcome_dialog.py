# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    outerLayout: QVBoxLayout
    titleLabel: QLabel
    introLabel: QLabel
    newBookButton: QCommandLinkButton
    demoButton: QCommandLinkButton
    openButton: QCommandLinkButton
    serverButton: QCommandLinkButton
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, WelcomeDialog: QDialog) -> None:
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(620, 460)
        self.outerLayout = QVBoxLayout(WelcomeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.newBookButton = QCommandLinkButton(WelcomeDialog)
        self.newBookButton.setObjectName(u"newBookButton")

        self.outerLayout.addWidget(self.newBookButton)

        self.demoButton = QCommandLinkButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.outerLayout.addWidget(self.demoButton)

        self.openButton = QCommandLinkButton(WelcomeDialog)
        self.openButton.setObjectName(u"openButton")

        self.outerLayout.addWidget(self.openButton)

        self.serverButton = QCommandLinkButton(WelcomeDialog)
        self.serverButton.setObjectName(u"serverButton")

        self.outerLayout.addWidget(self.serverButton)

        self.errorLabel = QLabel(WelcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(WelcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outerLayout.addWidget(self.buttons)


        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog: QDialog) -> None:
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to S\u1ed5 h\u00f2a gi\u1ea3i", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to S\u1ed5 h\u00f2a gi\u1ea3i", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"There is no case book on this computer yet. What would you like to do?", None))
        self.newBookButton.setText(QCoreApplication.translate("WelcomeDialog", u"Start a new book for my team", None))
        self.newBookButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"For the team leader, the first time: the team leader's account, then the team and its mediators.", None))
#if QT_CONFIG(accessibility)
        self.newBookButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Start a new book for my team", None))
#endif // QT_CONFIG(accessibility)
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Open the demo book to practise", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"A book with made-up cases, kept apart from the team's real book: try everything without fear.", None))
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Open the demo book to practise", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"Open an existing book (from a backup or a USB stick)", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"The team's book copied from another computer: it is copied onto this computer with its key file.", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Open an existing book", None))
#endif // QT_CONFIG(accessibility)
        self.serverButton.setText(QCoreApplication.translate("WelcomeDialog", u"Connect to the ward's server", None))
        self.serverButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"For a ward office whose book is on a PostgreSQL server: several officers work in it at once.", None))
#if QT_CONFIG(accessibility)
        self.serverButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Connect to the ward's server", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

