# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ward_report.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_WardReport(object):
    reportLayout: QVBoxLayout
    controls: QHBoxLayout
    periodLabel: QLabel
    periodCombo: QComboBox
    yearLabel: QLabel
    yearSpin: QSpinBox
    fromLabel: QLabel
    fromEdit: QDateEdit
    toLabel: QLabel
    toEdit: QDateEdit
    controlsGap: QSpacerItem
    teamRow: QHBoxLayout
    teamLabel: QLabel
    teamCombo: QComboBox
    teamGap: QSpacerItem
    actions: QHBoxLayout
    stateLabel: QLabel
    pdfButton: QPushButton
    csvButton: QPushButton
    submitButton: QPushButton
    hintLabel: QLabel
    scrollArea: QScrollArea
    tablesWidget: QWidget
    tablesLayout: QVBoxLayout

    def setupUi(self, WardReport: QWidget) -> None:
        if not WardReport.objectName():
            WardReport.setObjectName(u"WardReport")
        WardReport.resize(1100, 650)
        self.reportLayout = QVBoxLayout(WardReport)
        self.reportLayout.setObjectName(u"reportLayout")
        self.controls = QHBoxLayout()
        self.controls.setObjectName(u"controls")
        self.periodLabel = QLabel(WardReport)
        self.periodLabel.setObjectName(u"periodLabel")

        self.controls.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(WardReport)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controls.addWidget(self.periodCombo)

        self.yearLabel = QLabel(WardReport)
        self.yearLabel.setObjectName(u"yearLabel")

        self.controls.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(WardReport)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2014)
        self.yearSpin.setMaximum(2100)

        self.controls.addWidget(self.yearSpin)

        self.fromLabel = QLabel(WardReport)
        self.fromLabel.setObjectName(u"fromLabel")

        self.controls.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(WardReport)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.controls.addWidget(self.fromEdit)

        self.toLabel = QLabel(WardReport)
        self.toLabel.setObjectName(u"toLabel")

        self.controls.addWidget(self.toLabel)

        self.toEdit = QDateEdit(WardReport)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.controls.addWidget(self.toEdit)

        self.controlsGap = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.controlsGap)


        self.reportLayout.addLayout(self.controls)

        self.teamRow = QHBoxLayout()
        self.teamRow.setObjectName(u"teamRow")
        self.teamLabel = QLabel(WardReport)
        self.teamLabel.setObjectName(u"teamLabel")

        self.teamRow.addWidget(self.teamLabel)

        self.teamCombo = QComboBox(WardReport)
        self.teamCombo.setObjectName(u"teamCombo")
        self.teamCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.teamRow.addWidget(self.teamCombo)

        self.teamGap = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamRow.addItem(self.teamGap)


        self.reportLayout.addLayout(self.teamRow)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.stateLabel = QLabel(WardReport)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.actions.addWidget(self.stateLabel)

        self.pdfButton = QPushButton(WardReport)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actions.addWidget(self.pdfButton)

        self.csvButton = QPushButton(WardReport)
        self.csvButton.setObjectName(u"csvButton")

        self.actions.addWidget(self.csvButton)

        self.submitButton = QPushButton(WardReport)
        self.submitButton.setObjectName(u"submitButton")

        self.actions.addWidget(self.submitButton)


        self.reportLayout.addLayout(self.actions)

        self.hintLabel = QLabel(WardReport)
        self.hintLabel.setObjectName(u"hintLabel")

        self.reportLayout.addWidget(self.hintLabel)

        self.scrollArea = QScrollArea(WardReport)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.tablesWidget = QWidget()
        self.tablesWidget.setObjectName(u"tablesWidget")
        self.tablesLayout = QVBoxLayout(self.tablesWidget)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.scrollArea.setWidget(self.tablesWidget)

        self.reportLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.teamLabel.setBuddy(self.teamCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WardReport)

        QMetaObject.connectSlotsByName(WardReport)
    # setupUi

    def retranslateUi(self, WardReport: QWidget) -> None:
        self.periodLabel.setText(QCoreApplication.translate("WardReport", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("WardReport", u"Kind of reporting period", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("WardReport", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("WardReport", u"Year of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("WardReport", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("WardReport", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("WardReport", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("WardReport", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("WardReport", u"T&eam:", None))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(QCoreApplication.translate("WardReport", u"Show one team or the whole ward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateLabel.setAccessibleName(QCoreApplication.translate("WardReport", u"Whether the period was submitted", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("WardReport", u"Save as &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("WardReport", u"Save the report as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.csvButton.setText(QCoreApplication.translate("WardReport", u"Save as &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.csvButton.setAccessibleName(QCoreApplication.translate("WardReport", u"Save the report as a CSV file for Excel", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("WardReport", u"&Submit the period\u2026", None))
#if QT_CONFIG(accessibility)
        self.submitButton.setAccessibleName(QCoreApplication.translate("WardReport", u"Submit the period and lock its figures", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("WardReport", u"Double-click a figure to see the cases behind it.", None))
        pass
    # retranslateUi

