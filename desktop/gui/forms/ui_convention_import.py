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
    dialog_layout: QVBoxLayout
    source_row: QHBoxLayout
    file_button: QPushButton
    paste_button: QPushButton
    source_spacer: QSpacerItem
    paste_edit: QPlainTextEdit
    summary_label: QLabel
    tree: StructureTree
    fix_row: QHBoxLayout
    fix_hint: QLabel
    merge_button: QPushButton
    split_button: QPushButton
    fix_spacer: QSpacerItem
    recognition_form: QFormLayout
    title_label: QLabel
    title_edit: QLineEdit
    decision_label: QLabel
    decision_edit: QLineEdit
    decision_date_label: QLabel
    decision_date_edit: OptionalDateEdit
    effective_label: QLabel
    effective_edit: OptionalDateEdit
    save_as_row: QHBoxLayout
    save_as_combo: QComboBox
    full_text_check: QCheckBox
    save_as_spacer: QSpacerItem
    error_label: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, ConventionImportDialog: QDialog) -> None:
        if not ConventionImportDialog.objectName():
            ConventionImportDialog.setObjectName(u"ConventionImportDialog")
        ConventionImportDialog.resize(900, 680)
        self.dialog_layout = QVBoxLayout(ConventionImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.source_row = QHBoxLayout()
        self.source_row.setObjectName(u"source_row")
        self.file_button = QPushButton(ConventionImportDialog)
        self.file_button.setObjectName(u"file_button")

        self.source_row.addWidget(self.file_button)

        self.paste_button = QPushButton(ConventionImportDialog)
        self.paste_button.setObjectName(u"paste_button")

        self.source_row.addWidget(self.paste_button)

        self.source_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.source_row.addItem(self.source_spacer)


        self.dialog_layout.addLayout(self.source_row)

        self.paste_edit = QPlainTextEdit(ConventionImportDialog)
        self.paste_edit.setObjectName(u"paste_edit")
        self.paste_edit.setMaximumSize(QSize(16777215, 90))

        self.dialog_layout.addWidget(self.paste_edit)

        self.summary_label = QLabel(ConventionImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.tree = StructureTree(ConventionImportDialog)
        self.tree.setObjectName(u"tree")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tree.sizePolicy().hasHeightForWidth())
        self.tree.setSizePolicy(sizePolicy)

        self.dialog_layout.addWidget(self.tree)

        self.fix_row = QHBoxLayout()
        self.fix_row.setObjectName(u"fix_row")
        self.fix_hint = QLabel(ConventionImportDialog)
        self.fix_hint.setObjectName(u"fix_hint")

        self.fix_row.addWidget(self.fix_hint)

        self.merge_button = QPushButton(ConventionImportDialog)
        self.merge_button.setObjectName(u"merge_button")

        self.fix_row.addWidget(self.merge_button)

        self.split_button = QPushButton(ConventionImportDialog)
        self.split_button.setObjectName(u"split_button")

        self.fix_row.addWidget(self.split_button)

        self.fix_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fix_row.addItem(self.fix_spacer)


        self.dialog_layout.addLayout(self.fix_row)

        self.recognition_form = QFormLayout()
        self.recognition_form.setObjectName(u"recognition_form")
        self.title_label = QLabel(ConventionImportDialog)
        self.title_label.setObjectName(u"title_label")

        self.recognition_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ConventionImportDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.recognition_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.decision_label = QLabel(ConventionImportDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.recognition_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_edit = QLineEdit(ConventionImportDialog)
        self.decision_edit.setObjectName(u"decision_edit")

        self.recognition_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision_edit)

        self.decision_date_label = QLabel(ConventionImportDialog)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.recognition_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = OptionalDateEdit(ConventionImportDialog)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.recognition_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.effective_label = QLabel(ConventionImportDialog)
        self.effective_label.setObjectName(u"effective_label")

        self.recognition_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_edit = OptionalDateEdit(ConventionImportDialog)
        self.effective_edit.setObjectName(u"effective_edit")

        self.recognition_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.effective_edit)


        self.dialog_layout.addLayout(self.recognition_form)

        self.save_as_row = QHBoxLayout()
        self.save_as_row.setObjectName(u"save_as_row")
        self.save_as_combo = QComboBox(ConventionImportDialog)
        self.save_as_combo.setObjectName(u"save_as_combo")

        self.save_as_row.addWidget(self.save_as_combo)

        self.full_text_check = QCheckBox(ConventionImportDialog)
        self.full_text_check.setObjectName(u"full_text_check")

        self.save_as_row.addWidget(self.full_text_check)

        self.save_as_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_as_row.addItem(self.save_as_spacer)


        self.dialog_layout.addLayout(self.save_as_row)

        self.error_label = QLabel(ConventionImportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(ConventionImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.decision_label.setBuddy(self.decision_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.effective_label.setBuddy(self.effective_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_button, self.paste_edit)
        QWidget.setTabOrder(self.paste_edit, self.paste_button)
        QWidget.setTabOrder(self.paste_button, self.tree)
        QWidget.setTabOrder(self.tree, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.split_button)
        QWidget.setTabOrder(self.split_button, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.decision_edit)
        QWidget.setTabOrder(self.decision_edit, self.decision_date_edit)
        QWidget.setTabOrder(self.decision_date_edit, self.effective_edit)
        QWidget.setTabOrder(self.effective_edit, self.save_as_combo)
        QWidget.setTabOrder(self.save_as_combo, self.full_text_check)

        self.retranslateUi(ConventionImportDialog)

        QMetaObject.connectSlotsByName(ConventionImportDialog)
    # setupUi

    def retranslateUi(self, ConventionImportDialog: QDialog) -> None:
        ConventionImportDialog.setWindowTitle(QCoreApplication.translate("ConventionImportDialog", u"Import a village convention", None))
        self.file_button.setText(QCoreApplication.translate("ConventionImportDialog", u"Choose a file (.docx, .txt)...", None))
        self.paste_button.setText(QCoreApplication.translate("ConventionImportDialog", u"Read the pasted text", None))
#if QT_CONFIG(accessibility)
        self.paste_edit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Pasted text of the convention", None))
#endif // QT_CONFIG(accessibility)
        self.paste_edit.setPlaceholderText(QCoreApplication.translate("ConventionImportDialog", u"...or paste the convention's text here", None))
        self.fix_hint.setText(QCoreApplication.translate("ConventionImportDialog", u"Wrongly split? Select an article, then:", None))
        self.merge_button.setText(QCoreApplication.translate("ConventionImportDialog", u"&Merge with previous article", None))
        self.split_button.setText(QCoreApplication.translate("ConventionImportDialog", u"Sp&lit here...", None))
        self.title_label.setText(QCoreApplication.translate("ConventionImportDialog", u"Convention title", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Convention title", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("ConventionImportDialog", u"Recognition decision no.", None))
#if QT_CONFIG(accessibility)
        self.decision_edit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Recognition decision no.", None))
#endif // QT_CONFIG(accessibility)
        self.decision_date_label.setText(QCoreApplication.translate("ConventionImportDialog", u"Date of the decision", None))
#if QT_CONFIG(accessibility)
        self.decision_date_edit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.effective_label.setText(QCoreApplication.translate("ConventionImportDialog", u"In effect from (if not the decision's date)", None))
#if QT_CONFIG(accessibility)
        self.effective_edit.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"In effect from (if not the decision's date)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.save_as_combo.setAccessibleName(QCoreApplication.translate("ConventionImportDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.full_text_check.setText(QCoreApplication.translate("ConventionImportDialog", u"The text is the whole amended convention (articles it lacks are dropped)", None))
    # retranslateUi

