# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_review.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ExchangeReviewDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    itemsView: QTableView
    buttonsLayout: QHBoxLayout
    teamButton: QPushButton
    wardButton: QPushButton
    buttonsSpacer: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, ExchangeReviewDialog: QDialog) -> None:
        if not ExchangeReviewDialog.objectName():
            ExchangeReviewDialog.setObjectName(u"ExchangeReviewDialog")
        ExchangeReviewDialog.resize(900, 520)
        self.outerLayout = QVBoxLayout(ExchangeReviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ExchangeReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.itemsView = QTableView(ExchangeReviewDialog)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setWordWrap(True)

        self.outerLayout.addWidget(self.itemsView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.teamButton = QPushButton(ExchangeReviewDialog)
        self.teamButton.setObjectName(u"teamButton")

        self.buttonsLayout.addWidget(self.teamButton)

        self.wardButton = QPushButton(ExchangeReviewDialog)
        self.wardButton.setObjectName(u"wardButton")

        self.buttonsLayout.addWidget(self.wardButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ExchangeReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.outerLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ExchangeReviewDialog)

        QMetaObject.connectSlotsByName(ExchangeReviewDialog)
    # setupUi

    def retranslateUi(self, ExchangeReviewDialog: QDialog) -> None:
        ExchangeReviewDialog.setWindowTitle(QCoreApplication.translate("ExchangeReviewDialog", u"Conflicts to review", None))
        self.introLabel.setText(QCoreApplication.translate("ExchangeReviewDialog", u"The same field was changed by the team and by the ward since the last package. Nothing was overwritten: choose which value is right, and say why.", None))
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("ExchangeReviewDialog", u"Conflicts waiting for a choice", None))
#endif // QT_CONFIG(accessibility)
        self.teamButton.setText(QCoreApplication.translate("ExchangeReviewDialog", u"Take the &team's value\u2026", None))
        self.wardButton.setText(QCoreApplication.translate("ExchangeReviewDialog", u"Keep the &ward's value\u2026", None))
    # retranslateUi

