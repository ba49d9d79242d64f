# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'convention_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ConventionsWindow(object):
    centralWidget: QWidget
    outerLayout: QVBoxLayout
    errorLabel: QLabel
    reminderLabel: QLabel
    mainSplitter: QSplitter
    conventionList: QListWidget
    pageTabs: QTabWidget
    versionsPage: QWidget
    versionsLayout: QVBoxLayout
    versionTable: QTableView
    versionButtonsLayout: QHBoxLayout
    versionButtonsStretch: QSpacerItem
    decisionButton: QPushButton
    statusButton: QPushButton
    reviewPage: QWidget
    reviewLayout: QVBoxLayout
    periodLayout: QHBoxLayout
    fromLabel: QLabel
    fromEdit: QDateEdit
    toLabel: QLabel
    toEdit: QDateEdit
    showButton: QPushButton
    periodStretch: QSpacerItem
    printButton: QPushButton
    reviewTable: QTableView
    summaryLabel: QLabel

    def setupUi(self, ConventionsWindow: QMainWindow) -> None:
        if not ConventionsWindow.objectName():
            ConventionsWindow.setObjectName(u"ConventionsWindow")
        ConventionsWindow.resize(1100, 680)
        self.centralWidget = QWidget(ConventionsWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.outerLayout = QVBoxLayout(self.centralWidget)
        self.outerLayout.setObjectName(u"outerLayout")
        self.errorLabel = QLabel(self.centralWidget)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.reminderLabel = QLabel(self.centralWidget)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setText(u"")
        self.reminderLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.reminderLabel)

        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.conventionList = QListWidget(self.mainSplitter)
        self.conventionList.setObjectName(u"conventionList")
        self.mainSplitter.addWidget(self.conventionList)
        self.pageTabs = QTabWidget(self.mainSplitter)
        self.pageTabs.setObjectName(u"pageTabs")
        self.versionsPage = QWidget()
        self.versionsPage.setObjectName(u"versionsPage")
        self.versionsLayout = QVBoxLayout(self.versionsPage)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionTable = QTableView(self.versionsPage)
        self.versionTable.setObjectName(u"versionTable")
        self.versionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.versionsLayout.addWidget(self.versionTable)

        self.versionButtonsLayout = QHBoxLayout()
        self.versionButtonsLayout.setObjectName(u"versionButtonsLayout")
        self.versionButtonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionButtonsLayout.addItem(self.versionButtonsStretch)

        self.decisionButton = QPushButton(self.versionsPage)
        self.decisionButton.setObjectName(u"decisionButton")

        self.versionButtonsLayout.addWidget(self.decisionButton)

        self.statusButton = QPushButton(self.versionsPage)
        self.statusButton.setObjectName(u"statusButton")

        self.versionButtonsLayout.addWidget(self.statusButton)


        self.versionsLayout.addLayout(self.versionButtonsLayout)

        self.pageTabs.addTab(self.versionsPage, "")
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.reviewPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.reviewPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.reviewPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.reviewPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit)

        self.showButton = QPushButton(self.reviewPage)
        self.showButton.setObjectName(u"showButton")

        self.periodLayout.addWidget(self.showButton)

        self.periodStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodStretch)

        self.printButton = QPushButton(self.reviewPage)
        self.printButton.setObjectName(u"printButton")

        self.periodLayout.addWidget(self.printButton)


        self.reviewLayout.addLayout(self.periodLayout)

        self.reviewTable = QTableView(self.reviewPage)
        self.reviewTable.setObjectName(u"reviewTable")
        self.reviewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.reviewLayout.addWidget(self.reviewTable)

        self.summaryLabel = QLabel(self.reviewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.summaryLabel)

        self.reviewLayout.setStretch(1, 1)
        self.pageTabs.addTab(self.reviewPage, "")
        self.mainSplitter.addWidget(self.pageTabs)

        self.outerLayout.addWidget(self.mainSplitter)

        self.outerLayout.setStretch(2, 1)
        ConventionsWindow.setCentralWidget(self.centralWidget)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionsWindow)

        self.pageTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ConventionsWindow)
    # setupUi

    def retranslateUi(self, ConventionsWindow: QMainWindow) -> None:
        ConventionsWindow.setWindowTitle(QCoreApplication.translate("ConventionsWindow", u"Village conventions", None))
#if QT_CONFIG(accessibility)
        self.conventionList.setAccessibleName(QCoreApplication.translate("ConventionsWindow", u"Conventions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionTable.setAccessibleName(QCoreApplication.translate("ConventionsWindow", u"Versions", None))
#endif // QT_CONFIG(accessibility)
        self.decisionButton.setText(QCoreApplication.translate("ConventionsWindow", u"&Decision and dates\u2026", None))
#if QT_CONFIG(tooltip)
        self.decisionButton.setToolTip(QCoreApplication.translate("ConventionsWindow", u"Record or correct the decision that recognised the chosen version, and the day it took effect.", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("ConventionsWindow", u"Change &status\u2026", None))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.versionsPage), QCoreApplication.translate("ConventionsWindow", u"&Versions", None))
        self.fromLabel.setText(QCoreApplication.translate("ConventionsWindow", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ConventionsWindow", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ConventionsWindow", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ConventionsWindow", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("ConventionsWindow", u"S&how", None))
        self.printButton.setText(QCoreApplication.translate("ConventionsWindow", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.reviewTable.setAccessibleName(QCoreApplication.translate("ConventionsWindow", u"Articles cited in the period", None))
#endif // QT_CONFIG(accessibility)
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.reviewPage), QCoreApplication.translate("ConventionsWindow", u"Annual &review", None))
    # retranslateUi

