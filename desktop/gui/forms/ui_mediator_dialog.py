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
    dialogLayout: QVBoxLayout
    form: QFormLayout
    nameLabel: QLabel
    nameEdit: QLineEdit
    sexLabel: QLabel
    sexCombo: QComboBox
    roleLabel: QLabel
    roleCombo: QComboBox
    birthYearLabel: QLabel
    birthYearEdit: QLineEdit
    ethnicityLabel: QLabel
    ethnicityEdit: QLineEdit
    decisionNoLabel: QLabel
    decisionNoEdit: QLineEdit
    decisionDateLabel: QLabel
    decisionDateEdit: OptionalDateEdit
    startDateLabel: QLabel
    startDateEdit: OptionalDateEdit
    endDateLabel: QLabel
    endDateEdit: OptionalDateEdit
    errorsLabel: QLabel
    bottomSpacer: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, MediatorDialog: QDialog) -> None:
        if not MediatorDialog.objectName():
            MediatorDialog.setObjectName(u"MediatorDialog")
        MediatorDialog.resize(540, 340)
        self.dialogLayout = QVBoxLayout(MediatorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(MediatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MediatorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sexLabel = QLabel(MediatorDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(MediatorDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.roleLabel = QLabel(MediatorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(MediatorDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.birthYearLabel = QLabel(MediatorDialog)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(MediatorDialog)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        self.birthYearEdit.setMaxLength(4)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.ethnicityLabel = QLabel(MediatorDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(MediatorDialog)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.decisionNoLabel = QLabel(MediatorDialog)
        self.decisionNoLabel.setObjectName(u"decisionNoLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisionNoLabel)

        self.decisionNoEdit = QLineEdit(MediatorDialog)
        self.decisionNoEdit.setObjectName(u"decisionNoEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionNoEdit)

        self.decisionDateLabel = QLabel(MediatorDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = OptionalDateEdit(MediatorDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.startDateLabel = QLabel(MediatorDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = OptionalDateEdit(MediatorDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(MediatorDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = OptionalDateEdit(MediatorDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endDateEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorsLabel = QLabel(MediatorDialog)
        self.errorsLabel.setObjectName(u"errorsLabel")

        self.dialogLayout.addWidget(self.errorsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MediatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.decisionNoLabel.setBuddy(self.decisionNoEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MediatorDialog)

        QMetaObject.connectSlotsByName(MediatorDialog)
    # setupUi

    def retranslateUi(self, MediatorDialog: QDialog) -> None:
        MediatorDialog.setWindowTitle(QCoreApplication.translate("MediatorDialog", u"Mediator", None))
        self.nameLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.sexLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Sex:", None))
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Role in the team:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Role in the team", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Year of birth:", None))
#if QT_CONFIG(accessibility)
        self.birthYearEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: 1962", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MediatorDialog", u"E&thnicity:", None))
#if QT_CONFIG(accessibility)
        self.ethnicityEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityEdit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: Kinh, T\u00e0y, Th\u00e1i", None))
        self.decisionNoLabel.setText(QCoreApplication.translate("MediatorDialog", u"Recognition &decision no.:", None))
#if QT_CONFIG(accessibility)
        self.decisionNoEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Number of the recognition decision", None))
#endif // QT_CONFIG(accessibility)
        self.decisionNoEdit.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"For example: 125/Q\u0110-UBND", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("MediatorDialog", u"Decision d&ate:", None))
#if QT_CONFIG(accessibility)
        self.decisionDateEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Date of the recognition decision", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("MediatorDialog", u"Mediator s&ince:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Date the mediator started", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Term ended on:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Date the mediator's term ended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endDateEdit.setToolTip(QCoreApplication.translate("MediatorDialog", u"Leave empty while the person is a mediator. A mediator who has left keeps their cases and history.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.errorsLabel.setAccessibleName(QCoreApplication.translate("MediatorDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

