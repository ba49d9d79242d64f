"""Secrets: password-derived keys (Argon2id), the key file of an encrypted book, recovery keys.

Everything here uses the primitives of ``cryptography`` (Argon2id, AES-GCM, HKDF); nothing is
home-made cryptography.
"""
