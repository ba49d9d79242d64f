# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediator_team_dialog.ui'
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
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_TeamDialog(object):
    outerLayout: QVBoxLayout
    tabs: QTabWidget
    messageLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, TeamDialog: QDialog) -> None:
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(860, 600)
        self.outerLayout = QVBoxLayout(TeamDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.tabs = QTabWidget(TeamDialog)
        self.tabs.setObjectName(u"tabs")

        self.outerLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(TeamDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)


        self.retranslateUi(TeamDialog)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog: QDialog) -> None:
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"The team, its mediators and accounts", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Parts of the team's record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TeamDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

