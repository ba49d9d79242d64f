# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_mediators.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseMediatorsTab(object):
    outerLayout: QVBoxLayout
    assignmentsLabel: QLabel
    assignmentsTable: QTableView
    buttonsLayout: QHBoxLayout
    assignButton: QPushButton
    endButton: QPushButton
    conflictButton: QPushButton
    buttonsStretch: QSpacerItem
    errorLabel: QLabel
    conflictsLabel: QLabel
    conflictsTable: QTableView
    decisionsLabel: QLabel

    def setupUi(self, CaseMediatorsTab: QWidget) -> None:
        if not CaseMediatorsTab.objectName():
            CaseMediatorsTab.setObjectName(u"CaseMediatorsTab")
        self.outerLayout = QVBoxLayout(CaseMediatorsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.assignmentsLabel = QLabel(CaseMediatorsTab)
        self.assignmentsLabel.setObjectName(u"assignmentsLabel")

        self.outerLayout.addWidget(self.assignmentsLabel)

        self.assignmentsTable = QTableView(CaseMediatorsTab)
        self.assignmentsTable.setObjectName(u"assignmentsTable")
        self.assignmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignmentsTable.setAlternatingRowColors(True)

        self.outerLayout.addWidget(self.assignmentsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.assignButton = QPushButton(CaseMediatorsTab)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonsLayout.addWidget(self.assignButton)

        self.endButton = QPushButton(CaseMediatorsTab)
        self.endButton.setObjectName(u"endButton")

        self.buttonsLayout.addWidget(self.endButton)

        self.conflictButton = QPushButton(CaseMediatorsTab)
        self.conflictButton.setObjectName(u"conflictButton")

        self.buttonsLayout.addWidget(self.conflictButton)

        self.buttonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsStretch)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(CaseMediatorsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.conflictsLabel = QLabel(CaseMediatorsTab)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.outerLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableView(CaseMediatorsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setMaximumSize(QSize(16777215, 140))
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setAlternatingRowColors(True)

        self.outerLayout.addWidget(self.conflictsTable)

        self.decisionsLabel = QLabel(CaseMediatorsTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")
        self.decisionsLabel.setText(u"")
        self.decisionsLabel.setWordWrap(True)
        self.decisionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.decisionsLabel)

#if QT_CONFIG(shortcut)
        self.assignmentsLabel.setBuddy(self.assignmentsTable)
        self.conflictsLabel.setBuddy(self.conflictsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseMediatorsTab)

        QMetaObject.connectSlotsByName(CaseMediatorsTab)
    # setupUi

    def retranslateUi(self, CaseMediatorsTab: QWidget) -> None:
        self.assignmentsLabel.setText(QCoreApplication.translate("CaseMediatorsTab", u"Assigned mediators, current and &past:", None))
#if QT_CONFIG(accessibility)
        self.assignmentsTable.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"Mediators assigned to the case", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("CaseMediatorsTab", u"Assign a mediato&r\u2026", None))
#if QT_CONFIG(accessibility)
        self.assignButton.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"Assign a mediator", None))
#endif // QT_CONFIG(accessibility)
        self.endButton.setText(QCoreApplication.translate("CaseMediatorsTab", u"&End the selected assignment\u2026", None))
#if QT_CONFIG(accessibility)
        self.endButton.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"End the selected assignment", None))
#endif // QT_CONFIG(accessibility)
        self.conflictButton.setText(QCoreApplication.translate("CaseMediatorsTab", u"Declare a &conflict of interest\u2026", None))
#if QT_CONFIG(accessibility)
        self.conflictButton.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"Declare a conflict of interest", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("CaseMediatorsTab", u"Declared conflicts of &interest (these mediators may not handle the case):", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"Declared conflicts of interest", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionsLabel.setAccessibleName(QCoreApplication.translate("CaseMediatorsTab", u"Decisions on conflict-of-interest warnings", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

