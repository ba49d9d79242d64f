# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_JournalWindow(object):
    outerLayout: QVBoxLayout
    filtersLayout: QHBoxLayout
    authorLabel: QLabel
    authorCombo: QComboBox
    entityLabel: QLabel
    entityCombo: QComboBox
    opLabel: QLabel
    opCombo: QComboBox
    fromCheck: QCheckBox
    fromEdit: QDateEdit
    toCheck: QCheckBox
    toEdit: QDateEdit
    filtersSpacer: QSpacerItem
    journalTable: QTableView
    bottomLayout: QHBoxLayout
    countLabel: QLabel
    checkButton: QPushButton
    checkLabel: QLabel

    def setupUi(self, JournalWindow: QDialog) -> None:
        if not JournalWindow.objectName():
            JournalWindow.setObjectName(u"JournalWindow")
        JournalWindow.resize(1180, 640)
        self.outerLayout = QVBoxLayout(JournalWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.authorLabel = QLabel(JournalWindow)
        self.authorLabel.setObjectName(u"authorLabel")

        self.filtersLayout.addWidget(self.authorLabel)

        self.authorCombo = QComboBox(JournalWindow)
        self.authorCombo.setObjectName(u"authorCombo")
        self.authorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.authorCombo)

        self.entityLabel = QLabel(JournalWindow)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filtersLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(JournalWindow)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.entityCombo)

        self.opLabel = QLabel(JournalWindow)
        self.opLabel.setObjectName(u"opLabel")

        self.filtersLayout.addWidget(self.opLabel)

        self.opCombo = QComboBox(JournalWindow)
        self.opCombo.setObjectName(u"opCombo")
        self.opCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.opCombo)

        self.fromCheck = QCheckBox(JournalWindow)
        self.fromCheck.setObjectName(u"fromCheck")

        self.filtersLayout.addWidget(self.fromCheck)

        self.fromEdit = QDateEdit(JournalWindow)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setEnabled(False)
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.fromEdit)

        self.toCheck = QCheckBox(JournalWindow)
        self.toCheck.setObjectName(u"toCheck")

        self.filtersLayout.addWidget(self.toCheck)

        self.toEdit = QDateEdit(JournalWindow)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setEnabled(False)
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.toEdit)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.outerLayout.addLayout(self.filtersLayout)

        self.journalTable = QTableView(JournalWindow)
        self.journalTable.setObjectName(u"journalTable")
        self.journalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.journalTable.setWordWrap(False)
        self.journalTable.horizontalHeader().setStretchLastSection(True)
        self.journalTable.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.journalTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(JournalWindow)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.checkButton = QPushButton(JournalWindow)
        self.checkButton.setObjectName(u"checkButton")

        self.bottomLayout.addWidget(self.checkButton)


        self.outerLayout.addLayout(self.bottomLayout)

        self.checkLabel = QLabel(JournalWindow)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.checkLabel)

#if QT_CONFIG(shortcut)
        self.authorLabel.setBuddy(self.authorCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.opLabel.setBuddy(self.opCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JournalWindow)

        QMetaObject.connectSlotsByName(JournalWindow)
    # setupUi

    def retranslateUi(self, JournalWindow: QDialog) -> None:
        JournalWindow.setWindowTitle(QCoreApplication.translate("JournalWindow", u"Change journal", None))
        self.authorLabel.setText(QCoreApplication.translate("JournalWindow", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.authorCombo.setAccessibleName(QCoreApplication.translate("JournalWindow", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.entityLabel.setText(QCoreApplication.translate("JournalWindow", u"&Record:", None))
#if QT_CONFIG(accessibility)
        self.entityCombo.setAccessibleName(QCoreApplication.translate("JournalWindow", u"Record", None))
#endif // QT_CONFIG(accessibility)
        self.opLabel.setText(QCoreApplication.translate("JournalWindow", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.opCombo.setAccessibleName(QCoreApplication.translate("JournalWindow", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("JournalWindow", u"&From", None))
        self.toCheck.setText(QCoreApplication.translate("JournalWindow", u"&To", None))
#if QT_CONFIG(accessibility)
        self.journalTable.setAccessibleName(QCoreApplication.translate("JournalWindow", u"Change journal", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("JournalWindow", u"Check the journal's &integrity", None))
    # retranslateUi

