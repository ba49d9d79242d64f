# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    outerLayout: QVBoxLayout
    bookLabel: QLabel
    form: QFormLayout
    userLabel: QLabel
    userEdit: QLineEdit
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    forgotButton: QPushButton
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, LoginDialog: QDialog) -> None:
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 260)
        self.outerLayout = QVBoxLayout(LoginDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.bookLabel = QLabel(LoginDialog)
        self.bookLabel.setObjectName(u"bookLabel")
        self.bookLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.bookLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userLabel = QLabel(LoginDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(LoginDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outerLayout.addLayout(self.form)

        self.forgotButton = QPushButton(LoginDialog)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)
        self.forgotButton.setAutoDefault(False)
        self.forgotButton.setStyleSheet(u"QPushButton { color: #1f4f8f; text-decoration: underline; text-align: left; }")

        self.outerLayout.addWidget(self.forgotButton)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog: QDialog) -> None:
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in to S\u1ed5 h\u00f2a gi\u1ea3i", None))
        self.userLabel.setText(QCoreApplication.translate("LoginDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.forgotButton.setText(QCoreApplication.translate("LoginDialog", u"&Forgot the password?", None))
#if QT_CONFIG(accessibility)
        self.forgotButton.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Forgot the password?", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

