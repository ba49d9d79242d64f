# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_area.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_CasesArea(object):
    areaLayout: QVBoxLayout
    filterBar: QHBoxLayout
    statusLabel: QLabel
    statusCombo: QComboBox
    statusGap: QSpacerItem
    yearLabel: QLabel
    yearCombo: QComboBox
    yearGap: QSpacerItem
    searchLabel: QLabel
    searchEdit: QLineEdit
    stack: QStackedWidget
    tablePage: QWidget
    tableLayout: QVBoxLayout
    casesTable: QTableView
    emptyPage: QWidget
    emptyLayout: QVBoxLayout
    emptyLabel: QLabel

    def setupUi(self, CasesArea: QWidget) -> None:
        if not CasesArea.objectName():
            CasesArea.setObjectName(u"CasesArea")
        CasesArea.resize(1000, 600)
        self.areaLayout = QVBoxLayout(CasesArea)
        self.areaLayout.setObjectName(u"areaLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.statusLabel = QLabel(CasesArea)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterBar.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CasesArea)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.statusCombo)

        self.statusGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.statusGap)

        self.yearLabel = QLabel(CasesArea)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(CasesArea)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.yearCombo)

        self.yearGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.yearGap)

        self.searchLabel = QLabel(CasesArea)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CasesArea)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)


        self.areaLayout.addLayout(self.filterBar)

        self.stack = QStackedWidget(CasesArea)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.casesTable = QTableView(self.tablePage)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.casesTable.setAlternatingRowColors(True)
        self.casesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.casesTable.setTabKeyNavigation(False)
        self.casesTable.setSortingEnabled(True)
        self.casesTable.setWordWrap(False)

        self.tableLayout.addWidget(self.casesTable)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.areaLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CasesArea)

        QMetaObject.connectSlotsByName(CasesArea)
    # setupUi

    def retranslateUi(self, CasesArea: QWidget) -> None:
        self.statusLabel.setText(QCoreApplication.translate("CasesArea", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CasesArea", u"Show cases with this status", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("CasesArea", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("CasesArea", u"Show cases received in this year", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("CasesArea", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CasesArea", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CasesArea", u"Search by number, party name, content...", None))
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("CasesArea", u"Cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("CasesArea", u"No cases to show", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

