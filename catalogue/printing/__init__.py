"""The printed catalogue as a publication: one layout (``layout``) rendered as the printable
page ``/katalog/tisk/`` and as the PDF ``/katalog/tisk.pdf`` (``pdf``), in the edition the
catalogue's filters choose (``edition``)."""
