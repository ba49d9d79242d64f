# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_attachments.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CaseAttachmentsTab(object):
    outerLayout: QVBoxLayout
    introLabel: QLabel
    attachmentsTree: QTreeWidget
    errorLabel: QLabel
    copyOfLayout: QHBoxLayout
    copyOfLabel: QLabel
    copyOfCombo: QComboBox
    buttonsLayout: QHBoxLayout
    attachButton: QPushButton
    saveButton: QPushButton
    openButton: QPushButton
    buttonsStretch: QSpacerItem

    def setupUi(self, CaseAttachmentsTab: QWidget) -> None:
        if not CaseAttachmentsTab.objectName():
            CaseAttachmentsTab.setObjectName(u"CaseAttachmentsTab")
        self.outerLayout = QVBoxLayout(CaseAttachmentsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(CaseAttachmentsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.attachmentsTree = QTreeWidget(CaseAttachmentsTab)
        self.attachmentsTree.setObjectName(u"attachmentsTree")
        self.attachmentsTree.setRootIsDecorated(False)
        self.attachmentsTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTree.header().setStretchLastSection(False)

        self.outerLayout.addWidget(self.attachmentsTree)

        self.errorLabel = QLabel(CaseAttachmentsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.copyOfLayout = QHBoxLayout()
        self.copyOfLayout.setObjectName(u"copyOfLayout")
        self.copyOfLabel = QLabel(CaseAttachmentsTab)
        self.copyOfLabel.setObjectName(u"copyOfLabel")

        self.copyOfLayout.addWidget(self.copyOfLabel)

        self.copyOfCombo = QComboBox(CaseAttachmentsTab)
        self.copyOfCombo.setObjectName(u"copyOfCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.copyOfCombo.sizePolicy().hasHeightForWidth())
        self.copyOfCombo.setSizePolicy(sizePolicy)

        self.copyOfLayout.addWidget(self.copyOfCombo)


        self.outerLayout.addLayout(self.copyOfLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.attachButton = QPushButton(CaseAttachmentsTab)
        self.attachButton.setObjectName(u"attachButton")

        self.buttonsLayout.addWidget(self.attachButton)

        self.saveButton = QPushButton(CaseAttachmentsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(CaseAttachmentsTab)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsStretch)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.outerLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.copyOfLabel.setBuddy(self.copyOfCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseAttachmentsTab)

        QMetaObject.connectSlotsByName(CaseAttachmentsTab)
    # setupUi

    def retranslateUi(self, CaseAttachmentsTab: QWidget) -> None:
        self.introLabel.setText(QCoreApplication.translate("CaseAttachmentsTab", u"Scanned copies of the signed documents of this case (PDF, JPEG or PNG), kept inside the case book.", None))
        ___qtreewidgetitem = self.attachmentsTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CaseAttachmentsTab", u"Added", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CaseAttachmentsTab", u"Signed copy of", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CaseAttachmentsTab", u"Size", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CaseAttachmentsTab", u"Type", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CaseAttachmentsTab", u"File", None))
#if QT_CONFIG(accessibility)
        self.attachmentsTree.setAccessibleName(QCoreApplication.translate("CaseAttachmentsTab", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.copyOfLabel.setText(QCoreApplication.translate("CaseAttachmentsTab", u"Signed copy &of:", None))
#if QT_CONFIG(accessibility)
        self.copyOfCombo.setAccessibleName(QCoreApplication.translate("CaseAttachmentsTab", u"Signed copy of", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("CaseAttachmentsTab", u"&Attach a scanned copy\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("CaseAttachmentsTab", u"Sa&ve a copy\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CaseAttachmentsTab", u"O&pen", None))
        pass
    # retranslateUi

