# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_outcome.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CaseOutcomeTab(object):
    outerLayout: QVBoxLayout
    agreementBox: QGroupBox
    agreementLayout: QVBoxLayout
    agreementForm: QFormLayout
    reachedLabel: QLabel
    reachedLayout: QHBoxLayout
    reachedEdit: QDateEdit
    notReachedCheck: QCheckBox
    reachedStretch: QSpacerItem
    noteLabel: QLabel
    noteEdit: QPlainTextEdit
    termsLabel: QLabel
    termsLayout: QHBoxLayout
    termsTable: QTableView
    termButtonsLayout: QVBoxLayout
    addTermButton: QPushButton
    editTermButton: QPushButton
    removeTermButton: QPushButton
    upButton: QPushButton
    downButton: QPushButton
    termButtonsStretch: QSpacerItem
    agreementErrorLabel: QLabel
    saveLayout: QHBoxLayout
    savedLabel: QLabel
    saveStretch: QSpacerItem
    agreementReloadButton: QPushButton
    saveAgreementButton: QPushButton
    outcomeBox: QGroupBox
    outcomeLayout: QVBoxLayout
    outcomeForm: QFormLayout
    kindLabel: QLabel
    kindValue: QLabel
    decidedLabel: QLabel
    decidedValue: QLabel
    referredLabel: QLabel
    referredValue: QLabel
    guidanceLabel: QLabel
    guidanceValue: QLabel
    outcomeNoteLabel: QLabel
    outcomeNoteValue: QLabel
    closeLayout: QHBoxLayout
    closeStretch: QSpacerItem
    closeCaseButton: QPushButton

    def setupUi(self, CaseOutcomeTab: QWidget) -> None:
        if not CaseOutcomeTab.objectName():
            CaseOutcomeTab.setObjectName(u"CaseOutcomeTab")
        self.outerLayout = QVBoxLayout(CaseOutcomeTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.agreementBox = QGroupBox(CaseOutcomeTab)
        self.agreementBox.setObjectName(u"agreementBox")
        self.agreementLayout = QVBoxLayout(self.agreementBox)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementForm = QFormLayout()
        self.agreementForm.setObjectName(u"agreementForm")
        self.agreementForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reachedLabel = QLabel(self.agreementBox)
        self.reachedLabel.setObjectName(u"reachedLabel")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reachedLabel)

        self.reachedLayout = QHBoxLayout()
        self.reachedLayout.setObjectName(u"reachedLayout")
        self.reachedEdit = QDateEdit(self.agreementBox)
        self.reachedEdit.setObjectName(u"reachedEdit")
        self.reachedEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.reachedEdit.setCalendarPopup(True)

        self.reachedLayout.addWidget(self.reachedEdit)

        self.notReachedCheck = QCheckBox(self.agreementBox)
        self.notReachedCheck.setObjectName(u"notReachedCheck")

        self.reachedLayout.addWidget(self.notReachedCheck)

        self.reachedStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reachedLayout.addItem(self.reachedStretch)


        self.agreementForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reachedLayout)

        self.noteLabel = QLabel(self.agreementBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.agreementBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.agreementLayout.addLayout(self.agreementForm)

        self.termsLabel = QLabel(self.agreementBox)
        self.termsLabel.setObjectName(u"termsLabel")

        self.agreementLayout.addWidget(self.termsLabel)

        self.termsLayout = QHBoxLayout()
        self.termsLayout.setObjectName(u"termsLayout")
        self.termsTable = QTableView(self.agreementBox)
        self.termsTable.setObjectName(u"termsTable")
        self.termsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.termsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.termsTable.setAlternatingRowColors(True)
        self.termsTable.setWordWrap(True)

        self.termsLayout.addWidget(self.termsTable)

        self.termButtonsLayout = QVBoxLayout()
        self.termButtonsLayout.setObjectName(u"termButtonsLayout")
        self.addTermButton = QPushButton(self.agreementBox)
        self.addTermButton.setObjectName(u"addTermButton")

        self.termButtonsLayout.addWidget(self.addTermButton)

        self.editTermButton = QPushButton(self.agreementBox)
        self.editTermButton.setObjectName(u"editTermButton")

        self.termButtonsLayout.addWidget(self.editTermButton)

        self.removeTermButton = QPushButton(self.agreementBox)
        self.removeTermButton.setObjectName(u"removeTermButton")

        self.termButtonsLayout.addWidget(self.removeTermButton)

        self.upButton = QPushButton(self.agreementBox)
        self.upButton.setObjectName(u"upButton")

        self.termButtonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.agreementBox)
        self.downButton.setObjectName(u"downButton")

        self.termButtonsLayout.addWidget(self.downButton)

        self.termButtonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.termButtonsLayout.addItem(self.termButtonsStretch)


        self.termsLayout.addLayout(self.termButtonsLayout)


        self.agreementLayout.addLayout(self.termsLayout)

        self.agreementErrorLabel = QLabel(self.agreementBox)
        self.agreementErrorLabel.setObjectName(u"agreementErrorLabel")
        self.agreementErrorLabel.setText(u"")

        self.agreementLayout.addWidget(self.agreementErrorLabel)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.savedLabel = QLabel(self.agreementBox)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.saveLayout.addWidget(self.savedLabel)

        self.saveStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveStretch)

        self.agreementReloadButton = QPushButton(self.agreementBox)
        self.agreementReloadButton.setObjectName(u"agreementReloadButton")

        self.saveLayout.addWidget(self.agreementReloadButton)

        self.saveAgreementButton = QPushButton(self.agreementBox)
        self.saveAgreementButton.setObjectName(u"saveAgreementButton")

        self.saveLayout.addWidget(self.saveAgreementButton)


        self.agreementLayout.addLayout(self.saveLayout)

        self.agreementLayout.setStretch(2, 1)

        self.outerLayout.addWidget(self.agreementBox)

        self.outcomeBox = QGroupBox(CaseOutcomeTab)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QVBoxLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(self.outcomeBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindValue = QLabel(self.outcomeBox)
        self.kindValue.setObjectName(u"kindValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindValue.sizePolicy().hasHeightForWidth())
        self.kindValue.setSizePolicy(sizePolicy)
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kindValue.setText(u"")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.decidedLabel = QLabel(self.outcomeBox)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedValue = QLabel(self.outcomeBox)
        self.decidedValue.setObjectName(u"decidedValue")
        sizePolicy.setHeightForWidth(self.decidedValue.sizePolicy().hasHeightForWidth())
        self.decidedValue.setSizePolicy(sizePolicy)
        self.decidedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decidedValue.setText(u"")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidedValue)

        self.referredLabel = QLabel(self.outcomeBox)
        self.referredLabel.setObjectName(u"referredLabel")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referredLabel)

        self.referredValue = QLabel(self.outcomeBox)
        self.referredValue.setObjectName(u"referredValue")
        sizePolicy.setHeightForWidth(self.referredValue.sizePolicy().hasHeightForWidth())
        self.referredValue.setSizePolicy(sizePolicy)
        self.referredValue.setWordWrap(True)
        self.referredValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referredValue.setText(u"")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referredValue)

        self.guidanceLabel = QLabel(self.outcomeBox)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceValue = QLabel(self.outcomeBox)
        self.guidanceValue.setObjectName(u"guidanceValue")
        sizePolicy.setHeightForWidth(self.guidanceValue.sizePolicy().hasHeightForWidth())
        self.guidanceValue.setSizePolicy(sizePolicy)
        self.guidanceValue.setWordWrap(True)
        self.guidanceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidanceValue.setText(u"")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guidanceValue)

        self.outcomeNoteLabel = QLabel(self.outcomeBox)
        self.outcomeNoteLabel.setObjectName(u"outcomeNoteLabel")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeNoteLabel)

        self.outcomeNoteValue = QLabel(self.outcomeBox)
        self.outcomeNoteValue.setObjectName(u"outcomeNoteValue")
        sizePolicy.setHeightForWidth(self.outcomeNoteValue.sizePolicy().hasHeightForWidth())
        self.outcomeNoteValue.setSizePolicy(sizePolicy)
        self.outcomeNoteValue.setWordWrap(True)
        self.outcomeNoteValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcomeNoteValue.setText(u"")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeNoteValue)


        self.outcomeLayout.addLayout(self.outcomeForm)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeStretch)

        self.closeCaseButton = QPushButton(self.outcomeBox)
        self.closeCaseButton.setObjectName(u"closeCaseButton")

        self.closeLayout.addWidget(self.closeCaseButton)


        self.outcomeLayout.addLayout(self.closeLayout)


        self.outerLayout.addWidget(self.outcomeBox)

        self.outerLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.reachedLabel.setBuddy(self.reachedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.termsLabel.setBuddy(self.termsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseOutcomeTab)

        QMetaObject.connectSlotsByName(CaseOutcomeTab)
    # setupUi

    def retranslateUi(self, CaseOutcomeTab: QWidget) -> None:
        self.agreementBox.setTitle(QCoreApplication.translate("CaseOutcomeTab", u"The agreement of the parties", None))
        self.reachedLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Agreement &reached on:", None))
#if QT_CONFIG(accessibility)
        self.reachedEdit.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Date the agreement was reached", None))
#endif // QT_CONFIG(accessibility)
        self.notReachedCheck.setText(QCoreApplication.translate("CaseOutcomeTab", u"Not reached &yet", None))
#if QT_CONFIG(accessibility)
        self.notReachedCheck.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"The agreement is not reached yet", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"&Implementation:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"How the agreement will be carried out", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CaseOutcomeTab", u"How the agreement will be carried out", None))
        self.termsLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"T&erms of the agreement (who must do what, and by when):", None))
#if QT_CONFIG(accessibility)
        self.termsTable.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Terms of the agreement", None))
#endif // QT_CONFIG(accessibility)
        self.addTermButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"Add a &term\u2026", None))
#if QT_CONFIG(accessibility)
        self.addTermButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Add a term", None))
#endif // QT_CONFIG(accessibility)
        self.editTermButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"&Change the term\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTermButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Change the selected term", None))
#endif // QT_CONFIG(accessibility)
        self.removeTermButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"Remo&ve the term", None))
#if QT_CONFIG(accessibility)
        self.removeTermButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Remove the selected term", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"Move up", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Move the selected term up", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"Move down", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Move the selected term down", None))
#endif // QT_CONFIG(accessibility)
        self.agreementReloadButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"Reload the agreement, &dropping my changes", None))
#if QT_CONFIG(accessibility)
        self.agreementReloadButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Show the agreement now on record instead of what I typed", None))
#endif // QT_CONFIG(accessibility)
        self.saveAgreementButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"&Save the agreement", None))
#if QT_CONFIG(accessibility)
        self.saveAgreementButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Save the agreement", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeBox.setTitle(QCoreApplication.translate("CaseOutcomeTab", u"How the case ended", None))
        self.kindLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Outcome:", None))
#if QT_CONFIG(accessibility)
        self.kindValue.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Outcome of the case", None))
#endif // QT_CONFIG(accessibility)
        self.decidedLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Decided on:", None))
#if QT_CONFIG(accessibility)
        self.decidedValue.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Date the case was closed", None))
#endif // QT_CONFIG(accessibility)
        self.referredLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Referred to:", None))
#if QT_CONFIG(accessibility)
        self.referredValue.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Referred to", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Guidance given:", None))
#if QT_CONFIG(accessibility)
        self.guidanceValue.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Guidance given to the parties", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeNoteLabel.setText(QCoreApplication.translate("CaseOutcomeTab", u"Note:", None))
#if QT_CONFIG(accessibility)
        self.outcomeNoteValue.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Note on the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.closeCaseButton.setText(QCoreApplication.translate("CaseOutcomeTab", u"C&lose the case\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeCaseButton.setAccessibleName(QCoreApplication.translate("CaseOutcomeTab", u"Close the case", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

