# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TodayPage(object):
    outerLayout: QVBoxLayout
    titleLabel: QLabel
    summaryLabel: QLabel
    scrollArea: QScrollArea
    itemsWidget: QWidget
    itemsLayout: QVBoxLayout
    itemsStretch: QSpacerItem

    def setupUi(self, TodayPage: QWidget) -> None:
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.outerLayout = QVBoxLayout(TodayPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(TodayPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.outerLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(TodayPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.scrollArea = QScrollArea(TodayPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.itemsWidget = QWidget()
        self.itemsWidget.setObjectName(u"itemsWidget")
        self.itemsLayout = QVBoxLayout(self.itemsWidget)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.itemsLayout.addItem(self.itemsStretch)

        self.scrollArea.setWidget(self.itemsWidget)

        self.outerLayout.addWidget(self.scrollArea)

        self.outerLayout.setStretch(2, 1)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("TodayPage", u"What to do next", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

