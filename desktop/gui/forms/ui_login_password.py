# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_password.ui'
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

class Ui_PasswordDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    form: QFormLayout
    oldLabel: QLabel
    oldEdit: QLineEdit
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    againLabel: QLabel
    againEdit: QLineEdit
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, PasswordDialog: QDialog) -> None:
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(520, 260)
        self.outerLayout = QVBoxLayout(PasswordDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldLabel = QLabel(PasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(PasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.passwordLabel = QLabel(PasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(PasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againLabel = QLabel(PasswordDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(PasswordDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.againEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog: QDialog) -> None:
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change my password", None))
        self.oldLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.oldEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("PasswordDialog", u"New password &again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

