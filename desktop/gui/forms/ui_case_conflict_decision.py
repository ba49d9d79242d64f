# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_conflict_decision.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CaseConflictDecisionDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    findingsLabel: QLabel
    reasonLabel: QLabel
    reasonEdit: QPlainTextEdit
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    buttonsSpacer: QSpacerItem
    assignButton: QPushButton
    notAssignButton: QPushButton
    cancelButton: QPushButton

    def setupUi(self, CaseConflictDecisionDialog: QDialog) -> None:
        if not CaseConflictDecisionDialog.objectName():
            CaseConflictDecisionDialog.setObjectName(u"CaseConflictDecisionDialog")
        CaseConflictDecisionDialog.resize(600, 380)
        self.outerLayout = QVBoxLayout(CaseConflictDecisionDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(CaseConflictDecisionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.findingsLabel = QLabel(CaseConflictDecisionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setText(u"")
        self.findingsLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.findingsLabel)

        self.reasonLabel = QLabel(CaseConflictDecisionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CaseConflictDecisionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.outerLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(CaseConflictDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.assignButton = QPushButton(CaseConflictDecisionDialog)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonsLayout.addWidget(self.assignButton)

        self.notAssignButton = QPushButton(CaseConflictDecisionDialog)
        self.notAssignButton.setObjectName(u"notAssignButton")

        self.buttonsLayout.addWidget(self.notAssignButton)

        self.cancelButton = QPushButton(CaseConflictDecisionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.notAssignButton)
        QWidget.setTabOrder(self.notAssignButton, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.cancelButton)

        self.retranslateUi(CaseConflictDecisionDialog)

        self.notAssignButton.setDefault(True)


        QMetaObject.connectSlotsByName(CaseConflictDecisionDialog)
    # setupUi

    def retranslateUi(self, CaseConflictDecisionDialog: QDialog) -> None:
        CaseConflictDecisionDialog.setWindowTitle(QCoreApplication.translate("CaseConflictDecisionDialog", u"Possible conflict of interest", None))
        self.introLabel.setText(QCoreApplication.translate("CaseConflictDecisionDialog", u"A mediator must not handle a matter they have an interest in, or cannot be objective about (Law on Grassroots Mediation, Art. 18 and 26). The program found:", None))
#if QT_CONFIG(accessibility)
        self.findingsLabel.setAccessibleName(QCoreApplication.translate("CaseConflictDecisionDialog", u"Why the mediator may have an interest", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("CaseConflictDecisionDialog", u"&Reason for your decision (kept in the case's history):", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CaseConflictDecisionDialog", u"Reason for the decision on the conflict of interest", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("CaseConflictDecisionDialog", u"&Assign anyway", None))
        self.notAssignButton.setText(QCoreApplication.translate("CaseConflictDecisionDialog", u"Do &not assign", None))
        self.cancelButton.setText(QCoreApplication.translate("CaseConflictDecisionDialog", u"Cancel", None))
    # retranslateUi

