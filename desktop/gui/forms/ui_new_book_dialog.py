# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_book_dialog.ui'
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

class Ui_NewBookDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    form: QFormLayout
    nameLabel: QLabel
    nameEdit: QLineEdit
    userLabel: QLabel
    userEdit: QLineEdit
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    againLabel: QLabel
    againEdit: QLineEdit
    errorLabel: QLabel
    spacer: QSpacerItem
    buttons: QDialogButtonBox

    def setupUi(self, NewBookDialog: QDialog) -> None:
        if not NewBookDialog.objectName():
            NewBookDialog.setObjectName(u"NewBookDialog")
        NewBookDialog.resize(560, 340)
        self.outerLayout = QVBoxLayout(NewBookDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(NewBookDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(NewBookDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewBookDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.userLabel = QLabel(NewBookDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(NewBookDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(NewBookDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(NewBookDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againLabel = QLabel(NewBookDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(NewBookDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(NewBookDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(NewBookDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewBookDialog)

        QMetaObject.connectSlotsByName(NewBookDialog)
    # setupUi

    def retranslateUi(self, NewBookDialog: QDialog) -> None:
        NewBookDialog.setWindowTitle(QCoreApplication.translate("NewBookDialog", u"The team leader's account", None))
        self.nameLabel.setText(QCoreApplication.translate("NewBookDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Full name of the team leader", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("NewBookDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.userEdit.setPlaceholderText(QCoreApplication.translate("NewBookDialog", u"e.g. ha.tran", None))
        self.passwordLabel.setText(QCoreApplication.translate("NewBookDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("NewBookDialog", u"Password &again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

