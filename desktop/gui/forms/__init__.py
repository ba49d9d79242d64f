"""Forms compiled from ``ui/*.ui`` by ``installer/build_forms.py``. Never edit these by hand."""
