# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    keyLabel: QLabel
    sheetButtons: QHBoxLayout
    printButton: QPushButton
    openButton: QPushButton
    saveButton: QPushButton
    statusLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, RecoveryDialog: QDialog) -> None:
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        self.outerLayout = QVBoxLayout(RecoveryDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.keyLabel = QLabel(RecoveryDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        font = QFont()
        font.setFamilies([u"monospace"])
        font.setPointSize(16)
        font.setBold(True)
        self.keyLabel.setFont(font)

        self.outerLayout.addWidget(self.keyLabel)

        self.sheetButtons = QHBoxLayout()
        self.sheetButtons.setObjectName(u"sheetButtons")
        self.printButton = QPushButton(RecoveryDialog)
        self.printButton.setObjectName(u"printButton")

        self.sheetButtons.addWidget(self.printButton)

        self.openButton = QPushButton(RecoveryDialog)
        self.openButton.setObjectName(u"openButton")

        self.sheetButtons.addWidget(self.openButton)

        self.saveButton = QPushButton(RecoveryDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.sheetButtons.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.sheetButtons)

        self.statusLabel = QLabel(RecoveryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(RecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)


        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog: QDialog) -> None:
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"The recovery key of this book", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryDialog", u"If every password is forgotten, this key opens the book. Print the recovery sheet (or write the key down) now and keep it locked away from the computer: it is shown only this once.", None))
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Print the recovery sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RecoveryDialog", u"Shows the sheet, then prints it; nothing is left on the computer.", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Open the sheet (PDF)", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("RecoveryDialog", u"Opens the sheet in the computer's PDF viewer, from a temporary file deleted when S\u1ed5 h\u00f2a gi\u1ea3i closes.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Save the sheet as a file\u2026", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

