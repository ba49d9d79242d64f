# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QStatusBar, QTabWidget, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CaseWindow(object):
    actionWrittenAgreement: QAction
    central: QWidget
    centralLayout: QVBoxLayout
    headerLayout: QHBoxLayout
    numberLabel: QLabel
    statusBadge: QLabel
    titleLabel: QLabel
    agreementButton: QToolButton
    closedBanner: QFrame
    bannerLayout: QHBoxLayout
    bannerLabel: QLabel
    amendButton: QPushButton
    reopenButton: QPushButton
    errorLabel: QLabel
    tabs: QTabWidget
    menubar: QMenuBar
    documentsMenu: QMenu
    statusbar: QStatusBar

    def setupUi(self, CaseWindow: QMainWindow) -> None:
        if not CaseWindow.objectName():
            CaseWindow.setObjectName(u"CaseWindow")
        CaseWindow.resize(1040, 720)
        self.actionWrittenAgreement = QAction(CaseWindow)
        self.actionWrittenAgreement.setObjectName(u"actionWrittenAgreement")
        self.central = QWidget(CaseWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(self.central)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setText(u"00/0000")

        self.headerLayout.addWidget(self.numberLabel)

        self.statusBadge = QLabel(self.central)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setText(u"-")

        self.headerLayout.addWidget(self.statusBadge)

        self.titleLabel = QLabel(self.central)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setText(u"")

        self.headerLayout.addWidget(self.titleLabel)

        self.agreementButton = QToolButton(self.central)
        self.agreementButton.setObjectName(u"agreementButton")
        self.agreementButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.headerLayout.addWidget(self.agreementButton)


        self.centralLayout.addLayout(self.headerLayout)

        self.closedBanner = QFrame(self.central)
        self.closedBanner.setObjectName(u"closedBanner")
        self.closedBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(self.closedBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLabel = QLabel(self.closedBanner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        sizePolicy.setHeightForWidth(self.bannerLabel.sizePolicy().hasHeightForWidth())
        self.bannerLabel.setSizePolicy(sizePolicy)
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setText(u"")

        self.bannerLayout.addWidget(self.bannerLabel)

        self.amendButton = QPushButton(self.closedBanner)
        self.amendButton.setObjectName(u"amendButton")

        self.bannerLayout.addWidget(self.amendButton)

        self.reopenButton = QPushButton(self.closedBanner)
        self.reopenButton.setObjectName(u"reopenButton")

        self.bannerLayout.addWidget(self.reopenButton)


        self.centralLayout.addWidget(self.closedBanner)

        self.errorLabel = QLabel(self.central)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.centralLayout.addWidget(self.errorLabel)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        CaseWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(CaseWindow)
        self.menubar.setObjectName(u"menubar")
        self.documentsMenu = QMenu(self.menubar)
        self.documentsMenu.setObjectName(u"documentsMenu")
        CaseWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(CaseWindow)
        self.statusbar.setObjectName(u"statusbar")
        CaseWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.documentsMenu.menuAction())
        self.documentsMenu.addAction(self.actionWrittenAgreement)

        self.retranslateUi(CaseWindow)

        QMetaObject.connectSlotsByName(CaseWindow)
    # setupUi

    def retranslateUi(self, CaseWindow: QMainWindow) -> None:
        CaseWindow.setWindowTitle(QCoreApplication.translate("CaseWindow", u"Case", None))
        self.actionWrittenAgreement.setText(QCoreApplication.translate("CaseWindow", u"&Written agreement\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionWrittenAgreement.setToolTip(QCoreApplication.translate("CaseWindow", u"Preview, print or save the written agreement of this case", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.numberLabel.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Case number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusBadge.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Status of the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Title of the case", None))
#endif // QT_CONFIG(accessibility)
        self.amendButton.setText(QCoreApplication.translate("CaseWindow", u"&Amend\u2026", None))
#if QT_CONFIG(accessibility)
        self.amendButton.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Amend the closed case", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("CaseWindow", u"Reope&n\u2026", None))
#if QT_CONFIG(accessibility)
        self.reopenButton.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Reopen the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Parts of the case", None))
#endif // QT_CONFIG(accessibility)
        self.documentsMenu.setTitle(QCoreApplication.translate("CaseWindow", u"&Documents", None))
    # retranslateUi

