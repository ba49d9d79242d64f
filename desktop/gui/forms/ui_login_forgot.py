# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_forgot.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ForgotPasswordDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    form: QFormLayout
    userLabel: QLabel
    userEdit: QLineEdit
    keyLabel: QLabel
    keyEdit: QLineEdit
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    againLabel: QLabel
    againEdit: QLineEdit
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, ForgotPasswordDialog: QDialog) -> None:
        if not ForgotPasswordDialog.objectName():
            ForgotPasswordDialog.setObjectName(u"ForgotPasswordDialog")
        ForgotPasswordDialog.resize(560, 360)
        self.outerLayout = QVBoxLayout(ForgotPasswordDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ForgotPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userLabel = QLabel(ForgotPasswordDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ForgotPasswordDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.keyLabel = QLabel(ForgotPasswordDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(ForgotPasswordDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.passwordLabel = QLabel(ForgotPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ForgotPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againLabel = QLabel(ForgotPasswordDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(ForgotPasswordDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(ForgotPasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ForgotPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.keyLabel.setBuddy(self.keyEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.againEdit)

        self.retranslateUi(ForgotPasswordDialog)

        QMetaObject.connectSlotsByName(ForgotPasswordDialog)
    # setupUi

    def retranslateUi(self, ForgotPasswordDialog: QDialog) -> None:
        ForgotPasswordDialog.setWindowTitle(QCoreApplication.translate("ForgotPasswordDialog", u"Forgotten password", None))
        self.introLabel.setText(QCoreApplication.translate("ForgotPasswordDialog", u"With the recovery key printed on the recovery sheet (kept by the team leader), you can set a new password. Type the user name, the 28 letters and digits of the key (dashes and spaces may be left out), then the new password twice.", None))
        self.userLabel.setText(QCoreApplication.translate("ForgotPasswordDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ForgotPasswordDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.keyLabel.setText(QCoreApplication.translate("ForgotPasswordDialog", u"&Recovery key:", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("ForgotPasswordDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ForgotPasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ForgotPasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("ForgotPasswordDialog", u"New password &again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("ForgotPasswordDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

