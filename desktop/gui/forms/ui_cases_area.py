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
    area_layout: QVBoxLayout
    filter_bar: QHBoxLayout
    status_label: QLabel
    status_combo: QComboBox
    status_gap: QSpacerItem
    year_label: QLabel
    year_combo: QComboBox
    year_gap: QSpacerItem
    search_label: QLabel
    search_edit: QLineEdit
    stack: QStackedWidget
    table_page: QWidget
    table_layout: QVBoxLayout
    cases_table: QTableView
    empty_page: QWidget
    empty_layout: QVBoxLayout
    empty_label: QLabel

    def setupUi(self, CasesArea: QWidget) -> None:
        if not CasesArea.objectName():
            CasesArea.setObjectName(u"CasesArea")
        CasesArea.resize(1000, 600)
        self.area_layout = QVBoxLayout(CasesArea)
        self.area_layout.setObjectName(u"area_layout")
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.status_label = QLabel(CasesArea)
        self.status_label.setObjectName(u"status_label")

        self.filter_bar.addWidget(self.status_label)

        self.status_combo = QComboBox(CasesArea)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_bar.addWidget(self.status_combo)

        self.status_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filter_bar.addItem(self.status_gap)

        self.year_label = QLabel(CasesArea)
        self.year_label.setObjectName(u"year_label")

        self.filter_bar.addWidget(self.year_label)

        self.year_combo = QComboBox(CasesArea)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_bar.addWidget(self.year_combo)

        self.year_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filter_bar.addItem(self.year_gap)

        self.search_label = QLabel(CasesArea)
        self.search_label.setObjectName(u"search_label")

        self.filter_bar.addWidget(self.search_label)

        self.search_edit = QLineEdit(CasesArea)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_bar.addWidget(self.search_edit)


        self.area_layout.addLayout(self.filter_bar)

        self.stack = QStackedWidget(CasesArea)
        self.stack.setObjectName(u"stack")
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_layout = QVBoxLayout(self.table_page)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.cases_table = QTableView(self.table_page)
        self.cases_table.setObjectName(u"cases_table")
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases_table.setAlternatingRowColors(True)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setTabKeyNavigation(False)
        self.cases_table.setSortingEnabled(True)
        self.cases_table.setWordWrap(False)

        self.table_layout.addWidget(self.cases_table)

        self.stack.addWidget(self.table_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.stack.addWidget(self.empty_page)

        self.area_layout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.year_label.setBuddy(self.year_combo)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.cases_table)

        self.retranslateUi(CasesArea)

        QMetaObject.connectSlotsByName(CasesArea)
    # setupUi

    def retranslateUi(self, CasesArea: QWidget) -> None:
        self.status_label.setText(QCoreApplication.translate("CasesArea", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CasesArea", u"Show cases with this status", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("CasesArea", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("CasesArea", u"Show cases received in this year", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("CasesArea", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CasesArea", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CasesArea", u"Search by number, party name, content...", None))
#if QT_CONFIG(accessibility)
        self.cases_table.setAccessibleName(QCoreApplication.translate("CasesArea", u"Cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("CasesArea", u"No cases to show", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

