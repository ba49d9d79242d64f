# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ward_dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WardDashboard(object):
    outerLayout: QVBoxLayout
    headerLayout: QHBoxLayout
    yearLabel: QLabel
    yearCombo: QComboBox
    yearGap: QSpacerItem
    summaryLabel: QLabel
    chartsLayout: QGridLayout
    overdueLayout: QVBoxLayout
    overdueHeadingLabel: QLabel
    overdueTable: QTableView

    def setupUi(self, WardDashboard: QWidget) -> None:
        if not WardDashboard.objectName():
            WardDashboard.setObjectName(u"WardDashboard")
        self.outerLayout = QVBoxLayout(WardDashboard)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.yearLabel = QLabel(WardDashboard)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(WardDashboard)
        self.yearCombo.setObjectName(u"yearCombo")

        self.headerLayout.addWidget(self.yearCombo)

        self.yearGap = QSpacerItem(20, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.yearGap)

        self.summaryLabel = QLabel(WardDashboard)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.summaryLabel)

        self.headerLayout.setStretch(3, 1)

        self.outerLayout.addLayout(self.headerLayout)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.overdueLayout = QVBoxLayout()
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueHeadingLabel = QLabel(WardDashboard)
        self.overdueHeadingLabel.setObjectName(u"overdueHeadingLabel")

        self.overdueLayout.addWidget(self.overdueHeadingLabel)

        self.overdueTable = QTableView(WardDashboard)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setSortingEnabled(True)
        self.overdueTable.verticalHeader().setVisible(False)

        self.overdueLayout.addWidget(self.overdueTable)


        self.chartsLayout.addLayout(self.overdueLayout, 1, 2, 1, 1)


        self.outerLayout.addLayout(self.chartsLayout)

        self.outerLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WardDashboard)

        QMetaObject.connectSlotsByName(WardDashboard)
    # setupUi

    def retranslateUi(self, WardDashboard: QWidget) -> None:
        self.yearLabel.setText(QCoreApplication.translate("WardDashboard", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("WardDashboard", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.overdueHeadingLabel.setText(QCoreApplication.translate("WardDashboard", u"<b>Overdue items</b> (double-click to read the case)", None))
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleName(QCoreApplication.translate("WardDashboard", u"Overdue items", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

