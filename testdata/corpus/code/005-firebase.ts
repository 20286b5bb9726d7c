// Firebase web config
export const firebaseConfig = {
  apiKey: "AIzaJjdutFfJCdkQb-BNIoTtdPPTrRoF7DTZHJn",
  authDomain: "reporting.firebaseapp.com",
  projectId: "reporting",
  storageBucket: "reporting.appspot.com",
  messagingSenderId: "404201926502",
  appId: "1:391643421432:web:27084a51ad6b08e35f9985"
};

export const mapsKey = 'AIzaQRIk39dWswxbFlld9-xbIto9blXtHMs3dRk';
export const theme = { primary: '#17682b', accent: '#866' };
