"""The Qt-free core: exercise format, library, run engine and storage. Never imports PySide6."""
