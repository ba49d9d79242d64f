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
    report_layout: QVBoxLayout
    controls: QHBoxLayout
    period_label: QLabel
    period_combo: QComboBox
    year_label: QLabel
    year_spin: QSpinBox
    from_label: QLabel
    from_edit: QDateEdit
    to_label: QLabel
    to_edit: QDateEdit
    team_label: QLabel
    team_combo: QComboBox
    controls_gap: QSpacerItem
    actions: QHBoxLayout
    state_label: QLabel
    pdf_button: QPushButton
    csv_button: QPushButton
    submit_button: QPushButton
    hint_label: QLabel
    scroll_area: QScrollArea
    tables_widget: QWidget
    tables_layout: QVBoxLayout

    def setupUi(self, WardReport: QWidget) -> None:
        if not WardReport.objectName():
            WardReport.setObjectName(u"WardReport")
        WardReport.resize(1100, 650)
        self.report_layout = QVBoxLayout(WardReport)
        self.report_layout.setObjectName(u"report_layout")
        self.controls = QHBoxLayout()
        self.controls.setObjectName(u"controls")
        self.period_label = QLabel(WardReport)
        self.period_label.setObjectName(u"period_label")

        self.controls.addWidget(self.period_label)

        self.period_combo = QComboBox(WardReport)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controls.addWidget(self.period_combo)

        self.year_label = QLabel(WardReport)
        self.year_label.setObjectName(u"year_label")

        self.controls.addWidget(self.year_label)

        self.year_spin = QSpinBox(WardReport)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2014)
        self.year_spin.setMaximum(2100)

        self.controls.addWidget(self.year_spin)

        self.from_label = QLabel(WardReport)
        self.from_label.setObjectName(u"from_label")

        self.controls.addWidget(self.from_label)

        self.from_edit = QDateEdit(WardReport)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.controls.addWidget(self.from_edit)

        self.to_label = QLabel(WardReport)
        self.to_label.setObjectName(u"to_label")

        self.controls.addWidget(self.to_label)

        self.to_edit = QDateEdit(WardReport)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)
        self.to_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.controls.addWidget(self.to_edit)

        self.team_label = QLabel(WardReport)
        self.team_label.setObjectName(u"team_label")

        self.controls.addWidget(self.team_label)

        self.team_combo = QComboBox(WardReport)
        self.team_combo.setObjectName(u"team_combo")
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controls.addWidget(self.team_combo)

        self.controls_gap = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.controls_gap)


        self.report_layout.addLayout(self.controls)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.state_label = QLabel(WardReport)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.actions.addWidget(self.state_label)

        self.pdf_button = QPushButton(WardReport)
        self.pdf_button.setObjectName(u"pdf_button")

        self.actions.addWidget(self.pdf_button)

        self.csv_button = QPushButton(WardReport)
        self.csv_button.setObjectName(u"csv_button")

        self.actions.addWidget(self.csv_button)

        self.submit_button = QPushButton(WardReport)
        self.submit_button.setObjectName(u"submit_button")

        self.actions.addWidget(self.submit_button)


        self.report_layout.addLayout(self.actions)

        self.hint_label = QLabel(WardReport)
        self.hint_label.setObjectName(u"hint_label")

        self.report_layout.addWidget(self.hint_label)

        self.scroll_area = QScrollArea(WardReport)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.tables_widget = QWidget()
        self.tables_widget.setObjectName(u"tables_widget")
        self.tables_layout = QVBoxLayout(self.tables_widget)
        self.tables_layout.setObjectName(u"tables_layout")
        self.scroll_area.setWidget(self.tables_widget)

        self.report_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
        self.year_label.setBuddy(self.year_spin)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.team_label.setBuddy(self.team_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WardReport)

        QMetaObject.connectSlotsByName(WardReport)
    # setupUi

    def retranslateUi(self, WardReport: QWidget) -> None:
        self.period_label.setText(QCoreApplication.translate("WardReport", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("WardReport", u"Kind of reporting period", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("WardReport", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("WardReport", u"Year of the period", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("WardReport", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("WardReport", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("WardReport", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("WardReport", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.team_label.setText(QCoreApplication.translate("WardReport", u"T&eam:", None))
#if QT_CONFIG(accessibility)
        self.team_combo.setAccessibleName(QCoreApplication.translate("WardReport", u"Show one team or the whole ward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.state_label.setAccessibleName(QCoreApplication.translate("WardReport", u"Whether the period was submitted", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("WardReport", u"Save as &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("WardReport", u"Save the report as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.csv_button.setText(QCoreApplication.translate("WardReport", u"Save as &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.csv_button.setAccessibleName(QCoreApplication.translate("WardReport", u"Save the report as a CSV file for Excel", None))
#endif // QT_CONFIG(accessibility)
        self.submit_button.setText(QCoreApplication.translate("WardReport", u"&Submit the period\u2026", None))
#if QT_CONFIG(accessibility)
        self.submit_button.setAccessibleName(QCoreApplication.translate("WardReport", u"Submit the period and lock its figures", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("WardReport", u"Double-click a figure to see the cases behind it.", None))
        pass
    # retranslateUi

