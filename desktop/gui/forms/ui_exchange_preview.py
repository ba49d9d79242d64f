# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_preview.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ExchangePreviewDialog(object):
    outerLayout: QVBoxLayout
    summaryLabel: QLabel
    countsView: QTableView
    detailsLabel: QLabel
    detailsList: QListWidget
    buttonBox: QDialogButtonBox

    def setupUi(self, ExchangePreviewDialog: QDialog) -> None:
        if not ExchangePreviewDialog.objectName():
            ExchangePreviewDialog.setObjectName(u"ExchangePreviewDialog")
        ExchangePreviewDialog.resize(720, 520)
        self.outerLayout = QVBoxLayout(ExchangePreviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(ExchangePreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.summaryLabel)

        self.countsView = QTableView(ExchangePreviewDialog)
        self.countsView.setObjectName(u"countsView")
        self.countsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsView.setAlternatingRowColors(True)

        self.outerLayout.addWidget(self.countsView)

        self.detailsLabel = QLabel(ExchangePreviewDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.outerLayout.addWidget(self.detailsLabel)

        self.detailsList = QListWidget(ExchangePreviewDialog)
        self.detailsList.setObjectName(u"detailsList")

        self.outerLayout.addWidget(self.detailsList)

        self.buttonBox = QDialogButtonBox(ExchangePreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.detailsLabel.setBuddy(self.detailsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangePreviewDialog)

        QMetaObject.connectSlotsByName(ExchangePreviewDialog)
    # setupUi

    def retranslateUi(self, ExchangePreviewDialog: QDialog) -> None:
        ExchangePreviewDialog.setWindowTitle(QCoreApplication.translate("ExchangePreviewDialog", u"Import a package: what will change", None))
#if QT_CONFIG(accessibility)
        self.countsView.setAccessibleName(QCoreApplication.translate("ExchangePreviewDialog", u"Records by what importing will do", None))
#endif // QT_CONFIG(accessibility)
        self.detailsLabel.setText(QCoreApplication.translate("ExchangePreviewDialog", u"&Details (rejected records, conflicts to review, missing packages):", None))
#if QT_CONFIG(accessibility)
        self.detailsList.setAccessibleName(QCoreApplication.translate("ExchangePreviewDialog", u"Details of the import", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

