# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_conflict_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CaseConflictDialog(object):
    outerLayout: QVBoxLayout
    form: QFormLayout
    mediatorLabel: QLabel
    mediatorCombo: QComboBox
    reasonLabel: QLabel
    reasonEdit: QPlainTextEdit
    noteLabel: QLabel
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, CaseConflictDialog: QDialog) -> None:
        if not CaseConflictDialog.objectName():
            CaseConflictDialog.setObjectName(u"CaseConflictDialog")
        CaseConflictDialog.resize(560, 340)
        self.outerLayout = QVBoxLayout(CaseConflictDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.mediatorLabel = QLabel(CaseConflictDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediatorCombo = QComboBox(CaseConflictDialog)
        self.mediatorCombo.setObjectName(u"mediatorCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mediatorCombo.sizePolicy().hasHeightForWidth())
        self.mediatorCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediatorCombo)

        self.reasonLabel = QLabel(CaseConflictDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CaseConflictDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.outerLayout.addLayout(self.form)

        self.noteLabel = QLabel(CaseConflictDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(CaseConflictDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseConflictDialog)
        self.buttonBox.accepted.connect(CaseConflictDialog.accept)
        self.buttonBox.rejected.connect(CaseConflictDialog.reject)

        QMetaObject.connectSlotsByName(CaseConflictDialog)
    # setupUi

    def retranslateUi(self, CaseConflictDialog: QDialog) -> None:
        CaseConflictDialog.setWindowTitle(QCoreApplication.translate("CaseConflictDialog", u"Declare a conflict of interest", None))
        self.mediatorLabel.setText(QCoreApplication.translate("CaseConflictDialog", u"&Mediator:", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("CaseConflictDialog", u"Mediator with an interest in the matter", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("CaseConflictDialog", u"&Why can they not be objective?", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CaseConflictDialog", u"Reason for the conflict of interest", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CaseConflictDialog", u"If this mediator is assigned to the case, the assignment ends today. They cannot be assigned to this case again.", None))
    # retranslateUi

