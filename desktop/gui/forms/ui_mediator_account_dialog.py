# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediator_account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    form: QFormLayout
    mediatorLabel: QLabel
    mediatorCombo: QComboBox
    nameLabel: QLabel
    nameEdit: QLineEdit
    userLabel: QLabel
    userEdit: QLineEdit
    roleLabel: QLabel
    roleCombo: QComboBox
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    againLabel: QLabel
    againEdit: QLineEdit
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, AccountDialog: QDialog) -> None:
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(520, 340)
        self.outerLayout = QVBoxLayout(AccountDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(AccountDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.mediatorLabel = QLabel(AccountDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediatorCombo = QComboBox(AccountDialog)
        self.mediatorCombo.setObjectName(u"mediatorCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediatorCombo)

        self.nameLabel = QLabel(AccountDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AccountDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.userLabel = QLabel(AccountDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(AccountDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.roleLabel = QLabel(AccountDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(AccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againLabel = QLabel(AccountDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(AccountDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(AccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mediatorCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.againEdit)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog: QDialog) -> None:
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Add an account", None))
        self.mediatorLabel.setText(QCoreApplication.translate("AccountDialog", u"&Mediator:", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("AccountDialog", u"The mediator who will use the account", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("AccountDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("AccountDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.userEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"for example: ha.tran", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("AccountDialog", u"Password &again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

