# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CaseHistoryTab(object):
    outerLayout: QVBoxLayout
    summaryLabel: QLabel
    historyTree: QTreeWidget

    def setupUi(self, CaseHistoryTab: QWidget) -> None:
        if not CaseHistoryTab.objectName():
            CaseHistoryTab.setObjectName(u"CaseHistoryTab")
        self.outerLayout = QVBoxLayout(CaseHistoryTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(CaseHistoryTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.historyTree = QTreeWidget(CaseHistoryTab)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setWordWrap(True)
        self.historyTree.header().setStretchLastSection(True)

        self.outerLayout.addWidget(self.historyTree)

        self.outerLayout.setStretch(1, 1)

        self.retranslateUi(CaseHistoryTab)

        QMetaObject.connectSlotsByName(CaseHistoryTab)
    # setupUi

    def retranslateUi(self, CaseHistoryTab: QWidget) -> None:
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CaseHistoryTab", u"After", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CaseHistoryTab", u"Before", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CaseHistoryTab", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CaseHistoryTab", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CaseHistoryTab", u"When", None))
#if QT_CONFIG(accessibility)
        self.historyTree.setAccessibleName(QCoreApplication.translate("CaseHistoryTab", u"History of the case", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

