# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ward_drilldown.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_WardDrilldownDialog(object):
    outerLayout: QVBoxLayout
    countLabel: QLabel
    caseTable: QTableView

    def setupUi(self, WardDrilldownDialog: QDialog) -> None:
        if not WardDrilldownDialog.objectName():
            WardDrilldownDialog.setObjectName(u"WardDrilldownDialog")
        WardDrilldownDialog.resize(900, 420)
        self.outerLayout = QVBoxLayout(WardDrilldownDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.countLabel = QLabel(WardDrilldownDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.outerLayout.addWidget(self.countLabel)

        self.caseTable = QTableView(WardDrilldownDialog)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.caseTable)


        self.retranslateUi(WardDrilldownDialog)

        QMetaObject.connectSlotsByName(WardDrilldownDialog)
    # setupUi

    def retranslateUi(self, WardDrilldownDialog: QDialog) -> None:
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("WardDrilldownDialog", u"Cases behind the figure", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

