# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_connect_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ServerConnectDialog(object):
    outerLayout: QVBoxLayout
    scrollArea: QScrollArea
    scrollContents: QWidget
    contentLayout: QVBoxLayout
    introLabel: QLabel
    recentForm: QFormLayout
    recentLabel: QLabel
    recentCombo: QComboBox
    serverGroup: QGroupBox
    serverForm: QFormLayout
    hostLabel: QLabel
    hostEdit: QLineEdit
    portLabel: QLabel
    portSpin: QSpinBox
    databaseLabel: QLabel
    databaseEdit: QLineEdit
    serverUserLabel: QLabel
    serverUserEdit: QLineEdit
    serverPasswordLabel: QLabel
    serverPasswordEdit: QLineEdit
    sslModeLabel: QLabel
    sslModeCombo: QComboBox
    caFileLabel: QLabel
    caFileLayout: QHBoxLayout
    caFileEdit: QLineEdit
    caFileButton: QPushButton
    serverNoteLabel: QLabel
    testLayout: QHBoxLayout
    testButton: QPushButton
    testSpacer: QSpacerItem
    probeLabel: QLabel
    tlsStatusLabel: QLabel
    accountGroup: QGroupBox
    accountForm: QFormLayout
    accountNoteLabel: QLabel
    userLabel: QLabel
    userEdit: QLineEdit
    passwordLabel: QLabel
    passwordEdit: QLineEdit
    spacer: QSpacerItem
    errorLabel: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, ServerConnectDialog: QDialog) -> None:
        if not ServerConnectDialog.objectName():
            ServerConnectDialog.setObjectName(u"ServerConnectDialog")
        ServerConnectDialog.resize(640, 640)
        self.outerLayout = QVBoxLayout(ServerConnectDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.scrollArea = QScrollArea(ServerConnectDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.introLabel)

        self.recentForm = QFormLayout()
        self.recentForm.setObjectName(u"recentForm")
        self.recentLabel = QLabel(self.scrollContents)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recentLabel)

        self.recentCombo = QComboBox(self.scrollContents)
        self.recentCombo.setObjectName(u"recentCombo")

        self.recentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recentCombo)


        self.contentLayout.addLayout(self.recentForm)

        self.serverGroup = QGroupBox(self.scrollContents)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverForm = QFormLayout(self.serverGroup)
        self.serverForm.setObjectName(u"serverForm")
        self.hostLabel = QLabel(self.serverGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setPlaceholderText(u"192.168.1.10")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setText(u"hoagiai")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.serverUserLabel = QLabel(self.serverGroup)
        self.serverUserLabel.setObjectName(u"serverUserLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serverUserLabel)

        self.serverUserEdit = QLineEdit(self.serverGroup)
        self.serverUserEdit.setObjectName(u"serverUserEdit")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serverUserEdit)

        self.serverPasswordLabel = QLabel(self.serverGroup)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPasswordEdit = QLineEdit(self.serverGroup)
        self.serverPasswordEdit.setObjectName(u"serverPasswordEdit")
        self.serverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serverPasswordEdit)

        self.sslModeLabel = QLabel(self.serverGroup)
        self.sslModeLabel.setObjectName(u"sslModeLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslModeLabel)

        self.sslModeCombo = QComboBox(self.serverGroup)
        self.sslModeCombo.setObjectName(u"sslModeCombo")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslModeCombo)

        self.caFileLabel = QLabel(self.serverGroup)
        self.caFileLabel.setObjectName(u"caFileLabel")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caFileLabel)

        self.caFileLayout = QHBoxLayout()
        self.caFileLayout.setObjectName(u"caFileLayout")
        self.caFileEdit = QLineEdit(self.serverGroup)
        self.caFileEdit.setObjectName(u"caFileEdit")

        self.caFileLayout.addWidget(self.caFileEdit)

        self.caFileButton = QPushButton(self.serverGroup)
        self.caFileButton.setObjectName(u"caFileButton")
        self.caFileButton.setAutoDefault(False)

        self.caFileLayout.addWidget(self.caFileButton)


        self.serverForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.caFileLayout)

        self.serverNoteLabel = QLabel(self.serverGroup)
        self.serverNoteLabel.setObjectName(u"serverNoteLabel")
        self.serverNoteLabel.setWordWrap(True)

        self.serverForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.serverNoteLabel)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(self.serverGroup)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.serverForm.setLayout(8, QFormLayout.ItemRole.SpanningRole, self.testLayout)

        self.probeLabel = QLabel(self.serverGroup)
        self.probeLabel.setObjectName(u"probeLabel")
        self.probeLabel.setWordWrap(True)

        self.serverForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.probeLabel)

        self.tlsStatusLabel = QLabel(self.serverGroup)
        self.tlsStatusLabel.setObjectName(u"tlsStatusLabel")
        self.tlsStatusLabel.setWordWrap(True)

        self.serverForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.tlsStatusLabel)


        self.contentLayout.addWidget(self.serverGroup)

        self.accountGroup = QGroupBox(self.scrollContents)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountForm = QFormLayout(self.accountGroup)
        self.accountForm.setObjectName(u"accountForm")
        self.accountNoteLabel = QLabel(self.accountGroup)
        self.accountNoteLabel.setObjectName(u"accountNoteLabel")
        self.accountNoteLabel.setWordWrap(True)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.accountNoteLabel)

        self.userLabel = QLabel(self.accountGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.accountGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.accountGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.accountGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.contentLayout.addWidget(self.accountGroup)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.spacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.errorLabel = QLabel(ServerConnectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b1a1a; }")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ServerConnectDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentCombo)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.serverUserLabel.setBuddy(self.serverUserEdit)
        self.serverPasswordLabel.setBuddy(self.serverPasswordEdit)
        self.sslModeLabel.setBuddy(self.sslModeCombo)
        self.caFileLabel.setBuddy(self.caFileEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recentCombo, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.serverUserEdit)
        QWidget.setTabOrder(self.serverUserEdit, self.serverPasswordEdit)
        QWidget.setTabOrder(self.serverPasswordEdit, self.sslModeCombo)
        QWidget.setTabOrder(self.sslModeCombo, self.caFileEdit)
        QWidget.setTabOrder(self.caFileEdit, self.caFileButton)
        QWidget.setTabOrder(self.caFileButton, self.testButton)
        QWidget.setTabOrder(self.testButton, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)

        self.retranslateUi(ServerConnectDialog)

        QMetaObject.connectSlotsByName(ServerConnectDialog)
    # setupUi

    def retranslateUi(self, ServerConnectDialog: QDialog) -> None:
        ServerConnectDialog.setWindowTitle(QCoreApplication.translate("ServerConnectDialog", u"Connect to the ward's server", None))
        self.introLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"The ward office keeps its book on a PostgreSQL server, so that several officers can work at once. Type the server's address as the office's IT person gave it.", None))
        self.recentLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&Recently used:", None))
#if QT_CONFIG(accessibility)
        self.recentCombo.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Recently used servers", None))
#endif // QT_CONFIG(accessibility)
        self.serverGroup.setTitle(QCoreApplication.translate("ServerConnectDialog", u"The server", None))
        self.hostLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"Server &address:", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.portLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"P&ort:", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.databaseLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.serverUserLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"Server &login:", None))
#if QT_CONFIG(accessibility)
        self.serverUserEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Server login", None))
#endif // QT_CONFIG(accessibility)
        self.serverPasswordLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"Server pass&word:", None))
#if QT_CONFIG(accessibility)
        self.serverPasswordEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Server password", None))
#endif // QT_CONFIG(accessibility)
        self.sslModeLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&Encryption (TLS):", None))
#if QT_CONFIG(accessibility)
        self.sslModeCombo.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Encryption (TLS)", None))
#endif // QT_CONFIG(accessibility)
        self.caFileLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&Certificate (CA file):", None))
#if QT_CONFIG(accessibility)
        self.caFileEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Certificate (CA file)", None))
#endif // QT_CONFIG(accessibility)
        self.caFileButton.setText(QCoreApplication.translate("ServerConnectDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.caFileButton.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Choose the certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.serverNoteLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"The server login and password are those of PostgreSQL, given by the IT person. The password is never saved: leave it empty if it is kept in the ~/.pgpass file (pgpass.conf on Windows).", None))
        self.testButton.setText(QCoreApplication.translate("ServerConnectDialog", u"&Test the connection", None))
#if QT_CONFIG(accessibility)
        self.testButton.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Test the connection", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tlsStatusLabel.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Encryption of the connection", None))
#endif // QT_CONFIG(accessibility)
        self.accountGroup.setTitle(QCoreApplication.translate("ServerConnectDialog", u"Your account in the book", None))
        self.accountNoteLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"Your own user name and password in S\u1ed5 h\u00f2a gi\u1ea3i (given by the ward administrator), not the server's login.", None))
        self.userLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ServerConnectDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

