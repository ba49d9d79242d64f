# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_send.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SendPreviewDialog(object):
    outerLayout: QVBoxLayout
    summaryLabel: QLabel
    casesList: QListWidget
    withheldLabel: QLabel
    nextLabel: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, SendPreviewDialog: QDialog) -> None:
        if not SendPreviewDialog.objectName():
            SendPreviewDialog.setObjectName(u"SendPreviewDialog")
        SendPreviewDialog.resize(640, 480)
        self.outerLayout = QVBoxLayout(SendPreviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(SendPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.casesList = QListWidget(SendPreviewDialog)
        self.casesList.setObjectName(u"casesList")

        self.outerLayout.addWidget(self.casesList)

        self.withheldLabel = QLabel(SendPreviewDialog)
        self.withheldLabel.setObjectName(u"withheldLabel")
        self.withheldLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.withheldLabel)

        self.nextLabel = QLabel(SendPreviewDialog)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.nextLabel)

        self.buttons = QDialogButtonBox(SendPreviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)


        self.retranslateUi(SendPreviewDialog)
        self.buttons.accepted.connect(SendPreviewDialog.accept)
        self.buttons.rejected.connect(SendPreviewDialog.reject)

        QMetaObject.connectSlotsByName(SendPreviewDialog)
    # setupUi

    def retranslateUi(self, SendPreviewDialog: QDialog) -> None:
        SendPreviewDialog.setWindowTitle(QCoreApplication.translate("SendPreviewDialog", u"Send to the ward: what will be sent", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("SendPreviewDialog", u"What the package holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.casesList.setAccessibleName(QCoreApplication.translate("SendPreviewDialog", u"Cases in the package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.withheldLabel.setAccessibleName(QCoreApplication.translate("SendPreviewDialog", u"What stays in the book", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextLabel.setAccessibleName(QCoreApplication.translate("SendPreviewDialog", u"What to do next", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

