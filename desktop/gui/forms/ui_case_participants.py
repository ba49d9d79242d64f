# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_participants.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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

class Ui_CaseParticipantsTab(object):
    outerLayout: QVBoxLayout
    tableLabel: QLabel
    table: QTableView
    requesterWarningLabel: QLabel
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    addButton: QPushButton
    editButton: QPushButton
    removeButton: QPushButton
    personPageButton: QPushButton
    buttonsStretch: QSpacerItem
    historyLabel: QLabel

    def setupUi(self, CaseParticipantsTab: QWidget) -> None:
        if not CaseParticipantsTab.objectName():
            CaseParticipantsTab.setObjectName(u"CaseParticipantsTab")
        self.outerLayout = QVBoxLayout(CaseParticipantsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.tableLabel = QLabel(CaseParticipantsTab)
        self.tableLabel.setObjectName(u"tableLabel")

        self.outerLayout.addWidget(self.tableLabel)

        self.table = QTableView(CaseParticipantsTab)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)

        self.outerLayout.addWidget(self.table)

        self.requesterWarningLabel = QLabel(CaseParticipantsTab)
        self.requesterWarningLabel.setObjectName(u"requesterWarningLabel")
        self.requesterWarningLabel.setText(u"")
        self.requesterWarningLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.requesterWarningLabel)

        self.errorLabel = QLabel(CaseParticipantsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(CaseParticipantsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(CaseParticipantsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(CaseParticipantsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.personPageButton = QPushButton(CaseParticipantsTab)
        self.personPageButton.setObjectName(u"personPageButton")

        self.buttonsLayout.addWidget(self.personPageButton)

        self.buttonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsStretch)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.historyLabel = QLabel(CaseParticipantsTab)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setText(u"")
        self.historyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.historyLabel)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseParticipantsTab)

        QMetaObject.connectSlotsByName(CaseParticipantsTab)
    # setupUi

    def retranslateUi(self, CaseParticipantsTab: QWidget) -> None:
        self.tableLabel.setText(QCoreApplication.translate("CaseParticipantsTab", u"P&eople taking part (parties, related persons, representatives, invited persons):", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"People taking part in the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.requesterWarningLabel.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Warning about who asked for mediation", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("CaseParticipantsTab", u"Add parti&cipant\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Add a participant", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("CaseParticipantsTab", u"Change the &selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Change the selected participant", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("CaseParticipantsTab", u"Remo&ve the selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Remove the selected participant", None))
#endif // QT_CONFIG(accessibility)
        self.personPageButton.setText(QCoreApplication.translate("CaseParticipantsTab", u"The person's &cases\u2026", None))
#if QT_CONFIG(accessibility)
        self.personPageButton.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Every case of the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.historyLabel.setAccessibleName(QCoreApplication.translate("CaseParticipantsTab", u"Earlier cases between the same households", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

