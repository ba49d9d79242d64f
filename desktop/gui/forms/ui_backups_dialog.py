# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_BackupsDialog(object):
    outerLayout: QVBoxLayout
    folderLabel: QLabel
    backupsTable: QTableView
    messageLabel: QLabel
    buttonsLayout: QHBoxLayout
    backupButton: QPushButton
    usbButton: QPushButton
    restoreButton: QPushButton
    restoreFileButton: QPushButton
    buttonBox: QDialogButtonBox

    def setupUi(self, BackupsDialog: QDialog) -> None:
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(760, 440)
        self.outerLayout = QVBoxLayout(BackupsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.folderLabel)

        self.backupsTable = QTableView(BackupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.backupsTable.sizePolicy().hasHeightForWidth())
        self.backupsTable.setSizePolicy(sizePolicy)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.backupsTable)

        self.messageLabel = QLabel(BackupsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backupButton = QPushButton(BackupsDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.buttonsLayout.addWidget(self.backupButton)

        self.usbButton = QPushButton(BackupsDialog)
        self.usbButton.setObjectName(u"usbButton")

        self.buttonsLayout.addWidget(self.usbButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsDialog)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttonsLayout.addWidget(self.restoreFileButton)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.outerLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog: QDialog) -> None:
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups of the case book", None))
#endif // QT_CONFIG(accessibility)
        self.backupButton.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
        self.usbButton.setText(QCoreApplication.translate("BackupsDialog", u"Back up to a &USB stick\u2026", None))
#if QT_CONFIG(tooltip)
        self.usbButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"A copy kept away from this computer survives a broken or stolen computer.", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsDialog", u"Restore from a &file\u2026", None))
    # retranslateUi

