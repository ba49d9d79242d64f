# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'convention_status.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConventionStatusDialog(object):
    outerLayout: QVBoxLayout
    aboutLabel: QLabel
    formLayout: QFormLayout
    statusLabel: QLabel
    statusCombo: QComboBox
    sinceLabel: QLabel
    sinceEdit: QDateEdit
    decisionLabel: QLabel
    decisionEdit: QLineEdit
    decisionDateLabel: QLabel
    decisionDateEdit: QDateEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, ConventionStatusDialog: QDialog) -> None:
        if not ConventionStatusDialog.objectName():
            ConventionStatusDialog.setObjectName(u"ConventionStatusDialog")
        self.outerLayout = QVBoxLayout(ConventionStatusDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.aboutLabel = QLabel(ConventionStatusDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.statusLabel = QLabel(ConventionStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ConventionStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.sinceLabel = QLabel(ConventionStatusDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QDateEdit(ConventionStatusDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.sinceEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.decisionLabel = QLabel(ConventionStatusDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(ConventionStatusDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decisionDateLabel = QLabel(ConventionStatusDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QDateEdit(ConventionStatusDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.decisionDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ConventionStatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConventionStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionStatusDialog)
        self.buttonBox.accepted.connect(ConventionStatusDialog.accept)
        self.buttonBox.rejected.connect(ConventionStatusDialog.reject)

        QMetaObject.connectSlotsByName(ConventionStatusDialog)
    # setupUi

    def retranslateUi(self, ConventionStatusDialog: QDialog) -> None:
        ConventionStatusDialog.setWindowTitle(QCoreApplication.translate("ConventionStatusDialog", u"Change the status of a version", None))
        self.statusLabel.setText(QCoreApplication.translate("ConventionStatusDialog", u"New &status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ConventionStatusDialog", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("ConventionStatusDialog", u"&Applies from:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("ConventionStatusDialog", u"Applies from", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("ConventionStatusDialog", u"&Decision no.:", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("ConventionStatusDialog", u"Decision no.", None))
#endif // QT_CONFIG(accessibility)
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("ConventionStatusDialog", u"for example 12/Q\u0110-UBND", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ConventionStatusDialog", u"Date of the d&ecision:", None))
#if QT_CONFIG(accessibility)
        self.decisionDateEdit.setAccessibleName(QCoreApplication.translate("ConventionStatusDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

