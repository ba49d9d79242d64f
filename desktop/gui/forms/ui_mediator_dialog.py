# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediator_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.kit.optional_date import OptionalDateEdit

class Ui_MediatorDialog(object):
    dialog_layout: QVBoxLayout
    form: QFormLayout
    name_label: QLabel
    name_edit: QLineEdit
    sex_label: QLabel
    sex_combo: QComboBox
    role_label: QLabel
    role_combo: QComboBox
    birth_year_label: QLabel
    birth_year_edit: QLineEdit
    ethnicity_label: QLabel
    ethnicity_edit: QLineEdit
    decision_no_label: QLabel
    decision_no_edit: QLineEdit
    decision_date_label: QLabel
    decision_date_edit: OptionalDateEdit
    start_date_label: QLabel
    start_date_edit: OptionalDateEdit
    errors_label: QLabel
    bottom_spacer: QSpacerItem
    button_box: QDialogButtonBox

    def setupUi(self, MediatorDialog: QDialog) -> None:
        if not MediatorDialog.objectName():
            MediatorDialog.setObjectName(u"MediatorDialog")
        MediatorDialog.resize(540, 340)
        self.dialog_layout = QVBoxLayout(MediatorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(MediatorDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(MediatorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.sex_label = QLabel(MediatorDialog)
        self.sex_label.setObjectName(u"sex_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex_combo = QComboBox(MediatorDialog)
        self.sex_combo.setObjectName(u"sex_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sex_combo)

        self.role_label = QLabel(MediatorDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(MediatorDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.birth_year_label = QLabel(MediatorDialog)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_edit = QLineEdit(MediatorDialog)
        self.birth_year_edit.setObjectName(u"birth_year_edit")
        self.birth_year_edit.setMaxLength(4)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_year_edit)

        self.ethnicity_label = QLabel(MediatorDialog)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_edit = QLineEdit(MediatorDialog)
        self.ethnicity_edit.setObjectName(u"ethnicity_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicity_edit)

        self.decision_no_label = QLabel(MediatorDialog)
        self.decision_no_label.setObjectName(u"decision_no_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decision_no_label)

        self.decision_no_edit = QLineEdit(MediatorDialog)
        self.decision_no_edit.setObjectName(u"decision_no_edit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decision_no_edit)

        self.decision_date_label = QLabel(MediatorDialog)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = OptionalDateEdit(MediatorDialog)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.start_date_label = QLabel(MediatorDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_edit = OptionalDateEdit(MediatorDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.start_date_edit)


        self.dialog_layout.addLayout(self.form)

        self.errors_label = QLabel(MediatorDialog)
        self.errors_label.setObjectName(u"errors_label")

        self.dialog_layout.addWidget(self.errors_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(MediatorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.sex_label.setBuddy(self.sex_combo)
        self.role_label.setBuddy(self.role_combo)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.ethnicity_label.setBuddy(self.ethnicity_edit)
        self.decision_no_label.setBuddy(self.decision_no_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.start_date_label.setBuddy(self.start_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.sex_combo)
        QWidget.setTabOrder(self.sex_combo, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.birth_year_edit)
        QWidget.setTabOrder(self.birth_year_edit, self.ethnicity_edit)
        QWidget.setTabOrder(self.ethnicity_edit, self.decision_no_edit)
        QWidget.setTabOrder(self.decision_no_edit, self.decision_date_edit)
        QWidget.setTabOrder(self.decision_date_edit, self.start_date_edit)

        self.retranslateUi(MediatorDialog)

        QMetaObject.connectSlotsByName(MediatorDialog)
    # setupUi

    def retranslateUi(self, MediatorDialog: QDialog) -> None:
        MediatorDialog.setWindowTitle(QCoreApplication.translate("MediatorDialog", u"Mediator", None))
        self.name_label.setText(QCoreApplication.translate("MediatorDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.sex_label.setText(QCoreApplication.translate("MediatorDialog", u"&Sex:", None))
#if QT_CONFIG(accessibility)
        self.sex_combo.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("MediatorDialog", u"&Role in the team:", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Role in the team", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_label.setText(QCoreApplication.translate("MediatorDialog", u"&Year of birth:", None))
#if QT_CONFIG(accessibility)
        self.birth_year_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_edit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: 1962", None))
        self.ethnicity_label.setText(QCoreApplication.translate("MediatorDialog", u"E&thnicity:", None))
#if QT_CONFIG(accessibility)
        self.ethnicity_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicity_edit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: Kinh, T\u00e0y, Th\u00e1i", None))
        self.decision_no_label.setText(QCoreApplication.translate("MediatorDialog", u"Recognition &decision no.:", None))
#if QT_CONFIG(accessibility)
        self.decision_no_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Number of the recognition decision", None))
#endif // QT_CONFIG(accessibility)
        self.decision_no_edit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: 125/Q\u0110-UBND", None))
        self.decision_date_label.setText(QCoreApplication.translate("MediatorDialog", u"Decision d&ate:", None))
#if QT_CONFIG(accessibility)
        self.decision_date_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Date of the recognition decision", None))
#endif // QT_CONFIG(accessibility)
        self.start_date_label.setText(QCoreApplication.translate("MediatorDialog", u"Mediator s&ince:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Date the mediator started", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errors_label.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

