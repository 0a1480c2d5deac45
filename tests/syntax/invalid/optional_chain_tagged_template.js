// error: Invalid tagged template on optional chain
a?.b`t`;
