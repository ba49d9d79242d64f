# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    outerLayout: QVBoxLayout
    formLayout: QFormLayout
    courtLabel: QLabel
    courtEdit: QLineEdit
    rateLabel: QLabel
    rateEdit: QLineEdit
    attachmentLabel: QLabel
    attachmentSpin: QSpinBox
    backupEveryLabel: QLabel
    backupEverySpin: QSpinBox
    backupKeepLabel: QLabel
    backupKeepSpin: QSpinBox
    retentionLabel: QLabel
    retentionSpin: QSpinBox
    idleLockLabel: QLabel
    idleLockSpin: QSpinBox
    helpContactLabel: QLabel
    helpContactEdit: QLineEdit
    notesLabel: QLabel
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, SettingsDialog: QDialog) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 360)
        SettingsDialog.setMinimumSize(QSize(640, 0))
        self.outerLayout = QVBoxLayout(SettingsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.courtLabel = QLabel(SettingsDialog)
        self.courtLabel.setObjectName(u"courtLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.courtEdit = QLineEdit(SettingsDialog)
        self.courtEdit.setObjectName(u"courtEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.rateLabel = QLabel(SettingsDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateEdit = QLineEdit(SettingsDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.attachmentLabel = QLabel(SettingsDialog)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentSpin = QSpinBox(SettingsDialog)
        self.attachmentSpin.setObjectName(u"attachmentSpin")
        self.attachmentSpin.setMinimum(1)
        self.attachmentSpin.setMaximum(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachmentSpin)

        self.backupEveryLabel = QLabel(SettingsDialog)
        self.backupEveryLabel.setObjectName(u"backupEveryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupEveryLabel)

        self.backupEverySpin = QSpinBox(SettingsDialog)
        self.backupEverySpin.setObjectName(u"backupEverySpin")
        self.backupEverySpin.setMinimum(1)
        self.backupEverySpin.setMaximum(168)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupEverySpin)

        self.backupKeepLabel = QLabel(SettingsDialog)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepSpin = QSpinBox(SettingsDialog)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupKeepSpin)

        self.retentionLabel = QLabel(SettingsDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(SettingsDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(100)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.idleLockLabel = QLabel(SettingsDialog)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(SettingsDialog)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(0)
        self.idleLockSpin.setMaximum(1440)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.helpContactLabel = QLabel(SettingsDialog)
        self.helpContactLabel.setObjectName(u"helpContactLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.helpContactLabel)

        self.helpContactEdit = QLineEdit(SettingsDialog)
        self.helpContactEdit.setObjectName(u"helpContactEdit")
        self.helpContactEdit.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.helpContactEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.notesLabel = QLabel(SettingsDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setStyleSheet(u"color: #555;")

        self.outerLayout.addWidget(self.notesLabel)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courtLabel.setBuddy(self.courtEdit)
        self.rateLabel.setBuddy(self.rateEdit)
        self.attachmentLabel.setBuddy(self.attachmentSpin)
        self.backupEveryLabel.setBuddy(self.backupEverySpin)
        self.backupKeepLabel.setBuddy(self.backupKeepSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
        self.helpContactLabel.setBuddy(self.helpContactEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: QDialog) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.courtLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Court for court recognition:", None))
#if QT_CONFIG(accessibility)
        self.courtEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Court for court recognition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.courtEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Named on the court-recognition guidance sheet. Empty: a general text.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.courtEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Named on the court-recognition guidance sheet. Empty: a general text.", None))
#endif // QT_CONFIG(accessibility)
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. T\u00f2a \u00e1n nh\u00e2n d\u00e2n khu v\u1ef1c 1 - H\u00e0 N\u1ed9i", None))
        self.rateLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Remuneration rate (\u0111\u1ed3ng per case):", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Remuneration rate (\u0111\u1ed3ng per case)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rateEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The rate the province set for each case that ended, e.g. 200.000.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"The rate the province set for each case that ended, e.g. 200.000.", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Largest attachment:", None))
#if QT_CONFIG(accessibility)
        self.attachmentSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Largest attachment", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" MB", None))
        self.backupEveryLabel.setText(QCoreApplication.translate("SettingsDialog", u"Automatic &backup every:", None))
#if QT_CONFIG(accessibility)
        self.backupEverySpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Automatic backup every", None))
#endif // QT_CONFIG(accessibility)
        self.backupEverySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" hours", None))
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsDialog", u"Backups &kept:", None))
#if QT_CONFIG(accessibility)
        self.backupKeepSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.retentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data &for:", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Keep personal data for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retentionSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"After every case of a person closed this long ago, their personal data may be erased.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"After every case of a person closed this long ago, their personal data may be erased.", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock the window after:", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock the window after", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.idleLockSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Minutes without use before the windows are hidden until the password is typed again (0: never). Takes effect at the next login.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Minutes without use before the windows are hidden until the password is typed again (0: never). Takes effect at the next login.", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes", None))
        self.helpContactLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Who to call for help:", None))
#if QT_CONFIG(accessibility)
        self.helpContactEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Who to call for help", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.helpContactEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"A name and a phone number, shown in the guide and when something goes wrong. Usually the ward's justice officer.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.helpContactEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"A name and a phone number, shown in the guide and when something goes wrong. Usually the ward's justice officer.", None))
#endif // QT_CONFIG(accessibility)
        self.helpContactEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Ch\u1ecb Lan, c\u00f4ng ch\u1ee9c t\u01b0 ph\u00e1p: 0912 345 678", None))
    # retranslateUi

