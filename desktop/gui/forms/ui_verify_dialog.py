# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VerifyDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    codeLayout: QHBoxLayout
    codeLabel: QLabel
    codeEdit: QLineEdit
    checkButton: QPushButton
    errorLabel: QLabel
    detailsLayout: QFormLayout
    spacer: QSpacerItem
    buttonsLayout: QHBoxLayout
    showButton: QPushButton
    buttonBox: QDialogButtonBox

    def setupUi(self, VerifyDialog: QDialog) -> None:
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(640, 420)
        self.outerLayout = QVBoxLayout(VerifyDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.codeLayout = QHBoxLayout()
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(VerifyDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"XXXX-XXXX-XXX")
        self.codeEdit.setMaxLength(40)

        self.codeLayout.addWidget(self.codeEdit)

        self.checkButton = QPushButton(VerifyDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.codeLayout.addWidget(self.checkButton)


        self.outerLayout.addLayout(self.codeLayout)

        self.errorLabel = QLabel(VerifyDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.outerLayout.addWidget(self.errorLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")

        self.outerLayout.addLayout(self.detailsLayout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.showButton = QPushButton(VerifyDialog)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.showButton)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyDialog)

        self.checkButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog: QDialog) -> None:
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a document", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Type the verification code printed at the foot of the document's pages (for example 7K2M-Q9XA-4RT), or scan its QR code.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Verification code", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("VerifyDialog", u"C&heck", None))
        self.showButton.setText(QCoreApplication.translate("VerifyDialog", u"&Show the document as issued\u2026", None))
    # retranslateUi

