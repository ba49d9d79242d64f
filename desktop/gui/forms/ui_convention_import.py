# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'convention_import.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidgetItem,
    QVBoxLayout, QWidget)

from desktop.gui.conventions.structure_tree import StructureTree
from desktop.gui.kit.optional_date import OptionalDateEdit
class Ui_ConventionImportDialog(object):
    dialogLayout: QVBoxLayout
    sourceRow: QHBoxLayout
    fileButton: QPushButton
    pasteButton: QPushButton
    sourceSpacer: QSpacerItem
    pasteEdit: QPlainTextEdit
    summaryLabel: QLabel
    tree: StructureTree
    fixRow: QHBoxLayout
    fixHint: QLabel
    mergeButton: QPushButton
    splitButton: QPushButton
    fixSpacer: QSpacerItem
    recognitionForm: QFormLayout
    titleLabel: QLabel
    titleEdit: QLineEdit
    decisionLabel: QLabel
    decisionEdit: QLineEdit
    decisionDateLabel: QLabel
    decisionDateEdit: OptionalDateEdit
    effectiveLabel: QLabel
    effectiveEdit: OptionalDateEdit
    saveAsRow: QHBoxLayout
    saveAsCombo: QComboBox
    fullTextCheck: QCheckBox
    saveAsSpacer: QSpacerItem
    errorLabel: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, ConventionImportDialog: QDialog) -> None:
        if not ConventionImportDialog.objectName():
            ConventionImportDialog.setObjectName(u"ConventionImportDialog")
        ConventionImportDialog.resize(900, 680)
        self.dialogLayout = QVBoxLayout(ConventionImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.fileButton = QPushButton(ConventionImportDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.sourceRow.addWidget(self.fileButton)

        self.pasteButton = QPushButton(ConventionImportDialog)
        self.pasteButton.setObjectName(u"pasteButton")

        self.sourceRow.addWidget(self.pasteButton)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceRow.addItem(self.sourceSpacer)


        self.dialogLayout.addLayout(self.sourceRow)

        self.pasteEdit = QPlainTextEdit(ConventionImportDialog)
        self.pasteEdit.setObjectName(u"pasteEdit")
        self.pasteEdit.setMaximumSize(QSize(16777215, 90))

        self.dialogLayout.addWidget(self.pasteEdit)

        self.summaryLabel = QLabel(ConventionImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tree = StructureTree(ConventionImportDialog)
        self.tree.setObjectName(u"tree")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tree.sizePolicy().hasHeightForWidth())
        self.tree.setSizePolicy(sizePolicy)

        self.dialogLayout.addWidget(self.tree)

        self.fixRow = QHBoxLayout()
        self.fixRow.setObjectName(u"fixRow")
        self.fixHint = QLabel(ConventionImportDialog)
        self.fixHint.setObjectName(u"fixHint")

        self.fixRow.addWidget(self.fixHint)

        self.mergeButton = QPushButton(ConventionImportDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.fixRow.addWidget(self.mergeButton)

        self.splitButton = QPushButton(ConventionImportDialog)
        self.splitButton.setObjectName(u"splitButton")

        self.fixRow.addWidget(self.splitButton)

        self.fixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fixRow.addItem(self.fixSpacer)


        self.dialogLayout.addLayout(self.fixRow)

        self.recognitionForm = QFormLayout()
        self.recognitionForm.setObjectName(u"recognitionForm")
        self.titleLabel = QLabel(ConventionImportDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.recognitionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ConventionImportDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.recognitionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.decisionLabel = QLabel(ConventionImportDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.recognitionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(ConventionImportDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.recognitionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decisionDateLabel = QLabel(ConventionImportDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.recognitionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = OptionalDateEdit(ConventionImportDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.recognitionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.effectiveLabel = QLabel(ConventionImportDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.recognitionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveEdit = OptionalDateEdit(ConventionImportDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")

        self.recognitionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.effectiveEdit)


        self.dialogLayout.addLayout(self.recognitionForm)

        self.saveAsRow = QHBoxLayout()
        self.saveAsRow.setObjectName(u"saveAsRow")
        self.saveAsCombo = QComboBox(ConventionImportDialog)
        self.saveAsCombo.setObjectName(u"saveAsCombo")

        self.saveAsRow.addWidget(self.saveAsCombo)

        self.fullTextCheck = QCheckBox(ConventionImportDialog)
        self.fullTextCheck.setObjectName(u"fullTextCheck")

        self.saveAsRow.addWidget(self.fullTextCheck)

        self.saveAsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveAsRow.addItem(self.saveAsSpacer)


        self.dialogLayout.addLayout(self.saveAsRow)

        self.errorLabel = QLabel(ConventionImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ConventionImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionImportDialog)

        QMetaObject.connectSlotsByName(ConventionImportDialog)
    # setupUi

    def retranslateUi(self, ConventionImportDialog: QDialog) -> None:
        ConventionImportDialog.setWindowTitle(QCoreApplication.translate("ConventionImportDialog", u"Import a village convention", None))
        self.fileButton.setText(QCoreApplication.translate("ConventionImportDialog", u"Choose a file (.docx, .txt)...", None))
        self.pasteButton.setText(QCoreApplication.translate("ConventionImportDialog", u"Read the pasted text", None))
#if QT_CONFIG(accessibility)
        self.pasteEdit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Pasted text of the convention", None))
#endif // QT_CONFIG(accessibility)
        self.pasteEdit.setPlaceholderText(QCoreApplication.translate("ConventionImportDialog", u"...or paste the convention's text here", None))
        self.fixHint.setText(QCoreApplication.translate("ConventionImportDialog", u"Wrongly split? Select an article, then:", None))
        self.mergeButton.setText(QCoreApplication.translate("ConventionImportDialog", u"&Merge with previous article", None))
        self.splitButton.setText(QCoreApplication.translate("ConventionImportDialog", u"Sp&lit here...", None))
        self.titleLabel.setText(QCoreApplication.translate("ConventionImportDialog", u"Convention title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Convention title", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("ConventionImportDialog", u"Recognition decision no.", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Recognition decision no.", None))
#endif // QT_CONFIG(accessibility)
        self.decisionDateLabel.setText(QCoreApplication.translate("ConventionImportDialog", u"Date of the decision", None))
#if QT_CONFIG(accessibility)
        self.decisionDateEdit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.effectiveLabel.setText(QCoreApplication.translate("ConventionImportDialog", u"In effect from (if not the decision's date)", None))
#if QT_CONFIG(accessibility)
        self.effectiveEdit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"In effect from (if not the decision's date)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveAsCombo.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.fullTextCheck.setText(QCoreApplication.translate("ConventionImportDialog", u"The text is the whole amended convention (articles it lacks are dropped)", None))
    # retranslateUi

