# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'convention_split.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ConventionSplitDialog(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    lineList: QListWidget
    formLayout: QFormLayout
    numberLabel: QLabel
    numberSpin: QSpinBox
    titleLabel: QLabel
    titleEdit: QLineEdit
    buttonBox: QDialogButtonBox

    def setupUi(self, ConventionSplitDialog: QDialog) -> None:
        if not ConventionSplitDialog.objectName():
            ConventionSplitDialog.setObjectName(u"ConventionSplitDialog")
        ConventionSplitDialog.resize(640, 420)
        self.outerLayout = QVBoxLayout(ConventionSplitDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ConventionSplitDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.lineList = QListWidget(ConventionSplitDialog)
        self.lineList.setObjectName(u"lineList")

        self.outerLayout.addWidget(self.lineList)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(ConventionSplitDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(ConventionSplitDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(999)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.titleLabel = QLabel(ConventionSplitDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ConventionSplitDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ConventionSplitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberSpin)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionSplitDialog)
        self.buttonBox.accepted.connect(ConventionSplitDialog.accept)
        self.buttonBox.rejected.connect(ConventionSplitDialog.reject)

        QMetaObject.connectSlotsByName(ConventionSplitDialog)
    # setupUi

    def retranslateUi(self, ConventionSplitDialog: QDialog) -> None:
#if QT_CONFIG(accessibility)
        self.lineList.setAccessibleName(QCoreApplication.translate("ConventionSplitDialog", u"Lines of the article", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("ConventionSplitDialog", u"New article &number:", None))
#if QT_CONFIG(accessibility)
        self.numberSpin.setAccessibleName(QCoreApplication.translate("ConventionSplitDialog", u"New article number", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ConventionSplitDialog", u"New article &title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ConventionSplitDialog", u"New article title", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

