# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_documents.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamDocumentsDialog(object):
    outerLayout: QVBoxLayout
    formLayout: QFormLayout
    documentLabel: QLabel
    kindCombo: QComboBox
    fromLabel: QLabel
    startEdit: QDateEdit
    toLabel: QLabel
    endEdit: QDateEdit
    mediatorLabel: QLabel
    mediatorCombo: QComboBox
    volumeLabel: QLabel
    volumeEdit: QLineEdit
    hintLabel: QLabel
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    buttonsSpacer: QSpacerItem
    previewButton: QPushButton
    buttonBox: QDialogButtonBox

    def setupUi(self, TeamDocumentsDialog: QDialog) -> None:
        if not TeamDocumentsDialog.objectName():
            TeamDocumentsDialog.setObjectName(u"TeamDocumentsDialog")
        TeamDocumentsDialog.resize(560, 300)
        TeamDocumentsDialog.setMinimumSize(QSize(560, 0))
        self.outerLayout = QVBoxLayout(TeamDocumentsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.documentLabel = QLabel(TeamDocumentsDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.kindCombo = QComboBox(TeamDocumentsDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fromLabel = QLabel(TeamDocumentsDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.startEdit = QDateEdit(TeamDocumentsDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.toLabel = QLabel(TeamDocumentsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.endEdit = QDateEdit(TeamDocumentsDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.endEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.mediatorLabel = QLabel(TeamDocumentsDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediatorCombo = QComboBox(TeamDocumentsDialog)
        self.mediatorCombo.setObjectName(u"mediatorCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mediatorCombo)

        self.volumeLabel = QLabel(TeamDocumentsDialog)
        self.volumeLabel.setObjectName(u"volumeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.volumeLabel)

        self.volumeEdit = QLineEdit(TeamDocumentsDialog)
        self.volumeEdit.setObjectName(u"volumeEdit")
        self.volumeEdit.setMaxLength(20)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.volumeEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(TeamDocumentsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(TeamDocumentsDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.previewButton = QPushButton(TeamDocumentsDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonsLayout.addWidget(self.previewButton)

        self.buttonBox = QDialogButtonBox(TeamDocumentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.kindCombo)
        self.fromLabel.setBuddy(self.startEdit)
        self.toLabel.setBuddy(self.endEdit)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.volumeLabel.setBuddy(self.volumeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDocumentsDialog)

        self.previewButton.setDefault(True)


        QMetaObject.connectSlotsByName(TeamDocumentsDialog)
    # setupUi

    def retranslateUi(self, TeamDocumentsDialog: QDialog) -> None:
        TeamDocumentsDialog.setWindowTitle(QCoreApplication.translate("TeamDocumentsDialog", u"Logbook and remuneration", None))
        self.documentLabel.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&Document:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TeamDocumentsDialog", u"Document", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("TeamDocumentsDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("TeamDocumentsDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorLabel.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&Mediator:", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("TeamDocumentsDialog", u"Mediator", None))
#endif // QT_CONFIG(accessibility)
        self.volumeLabel.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&Volume number:", None))
#if QT_CONFIG(accessibility)
        self.volumeEdit.setAccessibleName(QCoreApplication.translate("TeamDocumentsDialog", u"Volume number", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("TeamDocumentsDialog", u"&Preview\u2026", None))
    # retranslateUi

