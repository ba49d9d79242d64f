# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_page.ui'
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
    QHeaderView, QLabel, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CalendarPage(object):
    outerLayout: QVBoxLayout
    navigationLayout: QHBoxLayout
    previousButton: QPushButton
    todayButton: QPushButton
    nextButton: QPushButton
    periodLabel: QLabel
    navigationStretch: QSpacerItem
    weekRadio: QRadioButton
    monthRadio: QRadioButton
    filterLayout: QHBoxLayout
    mediatorLabel: QLabel
    mediatorCombo: QComboBox
    placeLabel: QLabel
    placeCombo: QComboBox
    filterStretch: QSpacerItem
    clashSummaryLabel: QLabel
    daysTable: QTableWidget
    listLabel: QLabel
    hearingsTable: QTableWidget
    actionsLayout: QHBoxLayout
    agendaButton: QPushButton
    icsButton: QPushButton
    actionsStretch: QSpacerItem

    def setupUi(self, CalendarPage: QWidget) -> None:
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.outerLayout = QVBoxLayout(CalendarPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(CalendarPage)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(CalendarPage)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(CalendarPage)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.periodLabel = QLabel(CalendarPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")

        self.navigationLayout.addWidget(self.periodLabel)

        self.navigationStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationStretch)

        self.weekRadio = QRadioButton(CalendarPage)
        self.weekRadio.setObjectName(u"weekRadio")
        self.weekRadio.setChecked(True)

        self.navigationLayout.addWidget(self.weekRadio)

        self.monthRadio = QRadioButton(CalendarPage)
        self.monthRadio.setObjectName(u"monthRadio")

        self.navigationLayout.addWidget(self.monthRadio)


        self.outerLayout.addLayout(self.navigationLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.mediatorLabel = QLabel(CalendarPage)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.filterLayout.addWidget(self.mediatorLabel)

        self.mediatorCombo = QComboBox(CalendarPage)
        self.mediatorCombo.setObjectName(u"mediatorCombo")
        self.mediatorCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.mediatorCombo)

        self.placeLabel = QLabel(CalendarPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.filterLayout.addWidget(self.placeLabel)

        self.placeCombo = QComboBox(CalendarPage)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.placeCombo)

        self.filterStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterStretch)


        self.outerLayout.addLayout(self.filterLayout)

        self.clashSummaryLabel = QLabel(CalendarPage)
        self.clashSummaryLabel.setObjectName(u"clashSummaryLabel")
        self.clashSummaryLabel.setText(u"")
        self.clashSummaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.clashSummaryLabel)

        self.daysTable = QTableWidget(CalendarPage)
        self.daysTable.setObjectName(u"daysTable")
        self.daysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.daysTable.setWordWrap(True)
        self.daysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.outerLayout.addWidget(self.daysTable)

        self.listLabel = QLabel(CalendarPage)
        self.listLabel.setObjectName(u"listLabel")

        self.outerLayout.addWidget(self.listLabel)

        self.hearingsTable = QTableWidget(CalendarPage)
        self.hearingsTable.setObjectName(u"hearingsTable")
        self.hearingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hearingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hearingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hearingsTable.setAlternatingRowColors(True)
        self.hearingsTable.setSortingEnabled(False)

        self.outerLayout.addWidget(self.hearingsTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.agendaButton = QPushButton(CalendarPage)
        self.agendaButton.setObjectName(u"agendaButton")

        self.actionsLayout.addWidget(self.agendaButton)

        self.icsButton = QPushButton(CalendarPage)
        self.icsButton.setObjectName(u"icsButton")

        self.actionsLayout.addWidget(self.icsButton)

        self.actionsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsStretch)


        self.outerLayout.addLayout(self.actionsLayout)

        self.outerLayout.setStretch(3, 3)
        self.outerLayout.setStretch(5, 2)
#if QT_CONFIG(shortcut)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.listLabel.setBuddy(self.hearingsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage: QWidget) -> None:
        self.previousButton.setText(QCoreApplication.translate("CalendarPage", u"\u25c0 &Earlier", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"The previous week or month", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("CalendarPage", u"T&oday", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Back to today", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("CalendarPage", u"&Later \u25b6", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"The next week or month", None))
#endif // QT_CONFIG(accessibility)
        self.weekRadio.setText(QCoreApplication.translate("CalendarPage", u"&Week", None))
#if QT_CONFIG(accessibility)
        self.weekRadio.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Show one week", None))
#endif // QT_CONFIG(accessibility)
        self.monthRadio.setText(QCoreApplication.translate("CalendarPage", u"&Month", None))
#if QT_CONFIG(accessibility)
        self.monthRadio.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Show one month", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorLabel.setText(QCoreApplication.translate("CalendarPage", u"Me&diator:", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Show the hearings of this mediator", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("CalendarPage", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Show the hearings at this place", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.daysTable.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Days and their hearings", None))
#endif // QT_CONFIG(accessibility)
        self.listLabel.setText(QCoreApplication.translate("CalendarPage", u"&Hearings shown (double-click opens the case):", None))
#if QT_CONFIG(accessibility)
        self.hearingsTable.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Hearings shown", None))
#endif // QT_CONFIG(accessibility)
        self.agendaButton.setText(QCoreApplication.translate("CalendarPage", u"Print the week's &agenda\u2026", None))
#if QT_CONFIG(accessibility)
        self.agendaButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Print the agenda of the week shown", None))
#endif // QT_CONFIG(accessibility)
        self.icsButton.setText(QCoreApplication.translate("CalendarPage", u"For a p&hone (.ics)\u2026", None))
#if QT_CONFIG(accessibility)
        self.icsButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Save the hearings shown as a calendar file for a phone", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

