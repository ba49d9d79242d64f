"""Sổ hòa giải (hoagiai): case manager for grassroots mediation teams."""

__version__ = "0.1.0"
