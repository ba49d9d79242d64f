# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.kit.optional_date import OptionalDateEdit

class Ui_NewCaseDialog(object):
    dialog_layout: QVBoxLayout
    form: QFormLayout
    title_label: QLabel
    title_edit: QLineEdit
    received_label: QLabel
    received_edit: QDateEdit
    arose_label: QLabel
    arose_edit: OptionalDateEdit
    grounds_label: QLabel
    grounds_combo: QComboBox
    referrer_label: QLabel
    referrer_edit: QLineEdit
    category_label: QLabel
    category_combo: QComboBox
    eligibility_label: QLabel
    eligibility_combo: QComboBox
    eligibility_note_label: QLabel
    eligibility_note_edit: QLineEdit
    summary_label: QLabel
    summary_edit: QPlainTextEdit
    sensitive_check: QCheckBox
    errors_label: QLabel
    button_box: QDialogButtonBox

    def setupUi(self, NewCaseDialog: QDialog) -> None:
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(680, 500)
        self.dialog_layout = QVBoxLayout(NewCaseDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(NewCaseDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewCaseDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.received_label = QLabel(NewCaseDialog)
        self.received_label.setObjectName(u"received_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = QDateEdit(NewCaseDialog)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.received_edit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.received_edit.sizePolicy().hasHeightForWidth())
        self.received_edit.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_edit)

        self.arose_label = QLabel(NewCaseDialog)
        self.arose_label.setObjectName(u"arose_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arose_label)

        self.arose_edit = OptionalDateEdit(NewCaseDialog)
        self.arose_edit.setObjectName(u"arose_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arose_edit)

        self.grounds_label = QLabel(NewCaseDialog)
        self.grounds_label.setObjectName(u"grounds_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.grounds_label)

        self.grounds_combo = QComboBox(NewCaseDialog)
        self.grounds_combo.setObjectName(u"grounds_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grounds_combo)

        self.referrer_label = QLabel(NewCaseDialog)
        self.referrer_label.setObjectName(u"referrer_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referrer_label)

        self.referrer_edit = QLineEdit(NewCaseDialog)
        self.referrer_edit.setObjectName(u"referrer_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referrer_edit)

        self.category_label = QLabel(NewCaseDialog)
        self.category_label.setObjectName(u"category_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(NewCaseDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.eligibility_label = QLabel(NewCaseDialog)
        self.eligibility_label.setObjectName(u"eligibility_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.eligibility_label)

        self.eligibility_combo = QComboBox(NewCaseDialog)
        self.eligibility_combo.setObjectName(u"eligibility_combo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.eligibility_combo)

        self.eligibility_note_label = QLabel(NewCaseDialog)
        self.eligibility_note_label.setObjectName(u"eligibility_note_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.eligibility_note_label)

        self.eligibility_note_edit = QLineEdit(NewCaseDialog)
        self.eligibility_note_edit.setObjectName(u"eligibility_note_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.eligibility_note_edit)

        self.summary_label = QLabel(NewCaseDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(NewCaseDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.sensitive_check = QCheckBox(NewCaseDialog)
        self.sensitive_check.setObjectName(u"sensitive_check")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sensitive_check)


        self.dialog_layout.addLayout(self.form)

        self.errors_label = QLabel(NewCaseDialog)
        self.errors_label.setObjectName(u"errors_label")

        self.dialog_layout.addWidget(self.errors_label)

        self.button_box = QDialogButtonBox(NewCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.received_label.setBuddy(self.received_edit)
        self.arose_label.setBuddy(self.arose_edit)
        self.grounds_label.setBuddy(self.grounds_combo)
        self.referrer_label.setBuddy(self.referrer_edit)
        self.category_label.setBuddy(self.category_combo)
        self.eligibility_label.setBuddy(self.eligibility_combo)
        self.eligibility_note_label.setBuddy(self.eligibility_note_edit)
        self.summary_label.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.arose_edit)
        QWidget.setTabOrder(self.arose_edit, self.grounds_combo)
        QWidget.setTabOrder(self.grounds_combo, self.referrer_edit)
        QWidget.setTabOrder(self.referrer_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.eligibility_combo)
        QWidget.setTabOrder(self.eligibility_combo, self.eligibility_note_edit)
        QWidget.setTabOrder(self.eligibility_note_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.sensitive_check)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog: QDialog) -> None:
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.title_label.setText(QCoreApplication.translate("NewCaseDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"A few words, for example: Dispute over a shared path", None))
        self.received_label.setText(QCoreApplication.translate("NewCaseDialog", u"Date &received:", None))
#if QT_CONFIG(accessibility)
        self.received_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.arose_label.setText(QCoreApplication.translate("NewCaseDialog", u"Date the matter aros&e:", None))
#if QT_CONFIG(accessibility)
        self.arose_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date the matter arose", None))
#endif // QT_CONFIG(accessibility)
        self.grounds_label.setText(QCoreApplication.translate("NewCaseDialog", u"Grounds for &starting:", None))
#if QT_CONFIG(accessibility)
        self.grounds_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Grounds for starting the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrer_label.setText(QCoreApplication.translate("NewCaseDialog", u"Proposed &by:", None))
#if QT_CONFIG(accessibility)
        self.referrer_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Agency, organisation or person who proposed the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrer_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Which agency, organisation or person", None))
        self.category_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Kind of matter:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Kind of matter", None))
#endif // QT_CONFIG(accessibility)
        self.category_combo.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Choose the kind of matter", None))
        self.eligibility_label.setText(QCoreApplication.translate("NewCaseDialog", u"E&ligibility:", None))
#if QT_CONFIG(accessibility)
        self.eligibility_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"May this matter be mediated", None))
#endif // QT_CONFIG(accessibility)
        self.eligibility_note_label.setText(QCoreApplication.translate("NewCaseDialog", u"Eligibility no&te:", None))
#if QT_CONFIG(accessibility)
        self.eligibility_note_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Note on eligibility", None))
#endif // QT_CONFIG(accessibility)
        self.eligibility_note_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"If it may not be mediated: where it was referred, for example the commune police", None))
        self.summary_label.setText(QCoreApplication.translate("NewCaseDialog", u"Main &content:", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Main content of the matter", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"What happened, in a few sentences", None))
        self.sensitive_check.setText(QCoreApplication.translate("NewCaseDialog", u"Sensitive: famil&y conflict, health, violence or a violation (show with care)", None))
#if QT_CONFIG(accessibility)
        self.sensitive_check.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Sensitive case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errors_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

