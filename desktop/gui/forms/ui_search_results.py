# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_results.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SearchResultsWindow(object):
    outerLayout: QVBoxLayout
    queryLayout: QHBoxLayout
    queryLabel: QLabel
    queryEdit: QLineEdit
    summaryLabel: QLabel
    resultsList: QListWidget
    buttonsLayout: QHBoxLayout
    moreButton: QPushButton
    buttonsSpacer: QSpacerItem
    openButton: QPushButton
    closeButton: QPushButton

    def setupUi(self, SearchResultsWindow: QDialog) -> None:
        if not SearchResultsWindow.objectName():
            SearchResultsWindow.setObjectName(u"SearchResultsWindow")
        SearchResultsWindow.resize(760, 560)
        self.outerLayout = QVBoxLayout(SearchResultsWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.queryLayout = QHBoxLayout()
        self.queryLayout.setObjectName(u"queryLayout")
        self.queryLabel = QLabel(SearchResultsWindow)
        self.queryLabel.setObjectName(u"queryLabel")

        self.queryLayout.addWidget(self.queryLabel)

        self.queryEdit = QLineEdit(SearchResultsWindow)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.queryLayout.addWidget(self.queryEdit)


        self.outerLayout.addLayout(self.queryLayout)

        self.summaryLabel = QLabel(SearchResultsWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.resultsList = QListWidget(SearchResultsWindow)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setAlternatingRowColors(True)
        self.resultsList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.outerLayout.addWidget(self.resultsList)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.moreButton = QPushButton(SearchResultsWindow)
        self.moreButton.setObjectName(u"moreButton")

        self.buttonsLayout.addWidget(self.moreButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.openButton = QPushButton(SearchResultsWindow)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.closeButton = QPushButton(SearchResultsWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.queryLabel.setBuddy(self.queryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queryEdit, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(SearchResultsWindow)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(SearchResultsWindow)
    # setupUi

    def retranslateUi(self, SearchResultsWindow: QDialog) -> None:
        SearchResultsWindow.setWindowTitle(QCoreApplication.translate("SearchResultsWindow", u"Search the book", None))
        self.queryLabel.setText(QCoreApplication.translate("SearchResultsWindow", u"&Find:", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchResultsWindow", u"Names, addresses, words from notes or agreements, case numbers...", None))
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("SearchResultsWindow", u"Words to find", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("SearchResultsWindow", u"Cases found", None))
#endif // QT_CONFIG(accessibility)
        self.moreButton.setText(QCoreApplication.translate("SearchResultsWindow", u"Show &more", None))
        self.openButton.setText(QCoreApplication.translate("SearchResultsWindow", u"&Open the case", None))
        self.closeButton.setText(QCoreApplication.translate("SearchResultsWindow", u"&Close", None))
    # retranslateUi

